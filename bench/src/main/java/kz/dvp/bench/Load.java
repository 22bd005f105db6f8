package kz.dvp.bench;

import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/** Load drivers with HdrHistogram latencies: closed (fixed concurrency) and open (fixed arrival rate). */
final class Load {

    /** What a run gave: successful calls, failed ones, the elapsed time, latencies in microseconds. */
    record Result(long ok, long failed, Duration elapsed, Histogram latencyMicros) {

        double perSecond() {
            return ok / (elapsed.toNanos() / 1e9);
        }

        double p50Ms() {
            return latencyMicros.getValueAtPercentile(50) / 1000.0;
        }

        double p99Ms() {
            return latencyMicros.getValueAtPercentile(99) / 1000.0;
        }
    }

    private Load() {
    }

    /** {@code concurrency} calls in flight at all times for {@code duration}; call n is made by {@code call}. */
    static Result closed(int concurrency, Duration duration, int expectedStatus,
                         LongFunction<CompletableFuture<Api.Answer>> call) throws InterruptedException {
        Histogram latencies = new Histogram(TimeUnit.MINUTES.toMicros(1), 3);
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong sequence = new AtomicLong();
        Semaphore slots = new Semaphore(concurrency);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        while (System.nanoTime() < end) {
            slots.acquire();
            long sent = System.nanoTime();
            call.apply(sequence.getAndIncrement()).whenComplete((response, error) -> {
                record(latencies, sent);
                (error == null && response.statusCode() == expectedStatus ? ok : failed).incrementAndGet();
                slots.release();
            });
        }
        slots.acquire(concurrency);
        return new Result(ok.get(), failed.get(), Duration.ofNanos(System.nanoTime() - start), latencies);
    }

    /**
     * An open model: call n is due at start + n / rate, whether earlier calls have answered or not; latency is
     * counted from when it was due, so a stalled server cannot hide its backlog (no coordinated omission).
     */
    static Result open(double perSecond, Duration duration, int expectedStatus,
                       LongFunction<CompletableFuture<Api.Answer>> call, AnsweredAt answered) throws InterruptedException {
        Histogram latencies = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long total = (long) (perSecond * duration.toSeconds());
        long start = System.nanoTime();
        CompletableFuture<?>[] calls = new CompletableFuture<?>[(int) total];
        for (long n = 0; n < total; n++) {
            long due = start + (long) (n * 1e9 / perSecond);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            long index = n;
            calls[(int) n] = call.apply(n).whenComplete((response, error) -> {
                record(latencies, due);
                boolean success = error == null && response.statusCode() == expectedStatus;
                (success ? ok : failed).incrementAndGet();
                if (success) {
                    answered.at(index, due, System.nanoTime());
                }
            });
        }
        CompletableFuture.allOf(calls).exceptionally(e -> null).join();
        return new Result(ok.get(), failed.get(), Duration.ofNanos(System.nanoTime() - start), latencies);
    }

    /** Told when call n, due at {@code due}, was answered successfully (both System.nanoTime()). */
    @FunctionalInterface
    interface AnsweredAt {
        void at(long n, long due, long nanoTime);
    }

    private static void record(Histogram latencies, long sinceNanos) {
        synchronized (latencies) {
            latencies.recordValue(Math.max(1, Math.min(latencies.getHighestTrackableValue(),
                    (System.nanoTime() - sinceNanos) / 1000)));
        }
    }
}
