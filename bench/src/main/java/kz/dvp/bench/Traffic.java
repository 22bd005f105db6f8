package kz.dvp.bench;

import org.HdrHistogram.Recorder;
import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A steady stream, as front-offices make it: coordinators submit activities at a fixed rate (open model: the
 * arrivals do not wait for answers) and an operator verifies each one a moment later, retrying until it is
 * verified. Every answer is counted by kind ({@code 201}, {@code 503+Retry-After}, {@code connection error}, ...),
 * and submission latencies go to a histogram that {@link #interval()} hands over and resets.
 */
final class Traffic implements AutoCloseable {

    /** Requests still unanswered above this are not sent (and counted as shed): an outage must not pile them up. */
    private static final int MAX_IN_FLIGHT = 400;
    /** So long without a single answer while at the limit, the client is taken for broken. */
    private static final Duration STUCK = Duration.ofSeconds(90);

    private final Api api;
    private final Scene scene;
    private final double perSecond;
    private final AtomicLong slots;
    private final ConcurrentLinkedQueue<String> toVerify = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
    private final Recorder submitMicros = new Recorder(TimeUnit.MINUTES.toMicros(2), 3);
    private final AtomicLong inFlight = new AtomicLong();
    private final AtomicLong lastAnswer = new AtomicLong(System.nanoTime());
    /** Requests sent through a client since replaced never count against the new one. */
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong verified = new AtomicLong();
    /** Two threads: the ticks never wait behind a token renewal's login. */
    private final ScheduledExecutorService ticker = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "traffic");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean running;
    private long since;
    private long issued;

    Traffic(Api api, Scene scene, double perSecond, AtomicLong slots) {
        this.api = api;
        this.scene = scene;
        this.perSecond = perSecond;
        this.slots = slots;
        ticker.scheduleAtFixedRate(this::tick, 0, 20, TimeUnit.MILLISECONDS);
        // logs in again every five minutes, well within the tokens' 15 minutes
        ticker.scheduleAtFixedRate(this::renewTokens, 5, 5, TimeUnit.MINUTES);
    }

    private void renewTokens() {
        try {
            scene.renewTokens(api);
        } catch (Exception e) {
            count("token renewal failed"); // tried again in five minutes, well before the tokens run out
        }
    }

    void resume() {
        since = System.nanoTime();
        issued = 0;
        running = true;
    }

    /** Stops sending and waits (up to two minutes) for the answers still due. */
    void pause() throws InterruptedException {
        running = false;
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    /** Answers counted since the last call, by kind; counting starts again. */
    Map<String, Long> takeOutcomes() {
        Map<String, Long> taken = new TreeMap<>();
        outcomes.forEach((kind, count) -> {
            long n = count.getAndSet(0);
            if (n > 0) {
                taken.put(kind, n);
            }
        });
        return taken;
    }

    /** Latencies (µs) of the submissions answered 201 since the last call. */
    Histogram interval() {
        return submitMicros.getIntervalHistogram();
    }

    long verified() {
        return verified.get();
    }

    private void tick() {
        try {
            send();
        } catch (RuntimeException e) {
            count("not sent: " + e); // counted, and the stream goes on: a scheduled task that throws is never run again
        }
    }

    private void send() {
        if (!running) {
            return;
        }
        if (inFlight.get() >= MAX_IN_FLIGHT && System.nanoTime() - lastAnswer.get() > STUCK.toNanos()) {
            System.out.println("  [" + java.time.Instant.now() + "] no answer for " + STUCK.toSeconds() + " s with "
                    + inFlight.get() + " requests open: HTTP client replaced");
            count("HTTP client replaced");
            generation.incrementAndGet();
            inFlight.set(0);
            api.renew();
        }
        long due = (long) (perSecond * (System.nanoTime() - since) / 1e9) - issued;
        for (long i = 0; i < due; i++) {
            issued++;
            if (inFlight.get() >= MAX_IN_FLIGHT) {
                count("shed (too many unanswered)");
                continue;
            }
            submit();
            String id = toVerify.poll();
            if (id != null) {
                verify(id);
            }
        }
    }

    private void submit() {
        long started = System.nanoTime();
        long sentWith = sent();
        api.postAsync(Api.ACTIVITY + "/api/v1/activities", scene.coordinator, scene.activity(slots.getAndIncrement()))
                .whenComplete((response, failure) -> {
                    answered(sentWith);
                    count("submit " + kind(response, failure));
                    if (response != null && response.statusCode() == 201) {
                        submitMicros.recordValue(Math.min((System.nanoTime() - started) / 1000, TimeUnit.MINUTES.toMicros(2)));
                        toVerify.add(idOf(response.body()));
                    }
                });
    }

    private void verify(String id) {
        long sentWith = sent();
        api.postAsync(Api.ACTIVITY + "/api/v1/activities/" + id + "/verification", scene.admin, Map.of("decision", "VERIFIED"))
                .whenComplete((response, failure) -> {
                    answered(sentWith);
                    count("verify " + kind(response, failure));
                    if (response != null && response.statusCode() == 200) {
                        verified.incrementAndGet();
                    } else if (response == null || response.statusCode() != 409) {
                        toVerify.add(id); // not decided (outage, timeout): try again later; 409 means an earlier try won
                    }
                });
    }

    private long sent() {
        inFlight.incrementAndGet();
        return generation.get();
    }

    private void answered(long sentWith) {
        lastAnswer.set(System.nanoTime());
        if (sentWith == generation.get()) {
            inFlight.decrementAndGet();
        }
    }

    private void count(String kind) {
        outcomes.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    }

    private static String kind(Api.Answer response, Throwable failure) {
        if (failure != null) {
            return "connection error";
        }
        int status = response.statusCode();
        if (status == 503) {
            return response.retryAfter() != null ? "503 with Retry-After" : "503 without Retry-After";
        }
        return String.valueOf(status);
    }

    private static String idOf(String body) {
        try {
            return Api.JSON.readTree(body).get("id").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        running = false;
        ticker.shutdownNow();
    }
}
