package kz.dvp.bench;

import com.fasterxml.jackson.databind.SerializationFeature;
import kz.dvp.devstack.LocalPlatform;
import kz.dvp.events.EventCodec;
import kz.dvp.events.Topics;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./dvp chaos}: the platform under a steady stream of submissions and verifications, through five faults
 * (kill -9 of passport-service; kill -9 of activity-service between commit and relay; the Kafka broker stopped
 * for 60 s; PostgreSQL stopped for 30 s; a duplicate and a malformed record fed to a consumer), then a soak. After
 * each fault it pauses the stream and checks, volunteer by volunteer, that every passport holds exactly the
 * VERIFIED activities of activity-service. Writes bench/results/chaos-<time>.md, .json and -soak.png.
 *
 * <p>Settings: -Ddvp.chaos.soak-minutes (30), -Ddvp.chaos.rate (submissions/s, 77: half the 154/s the benchmark
 * sustained when the drill was written), -Ddvp.chaos.volunteers (300), -Ddvp.chaos.faults=false (the soak only).
 */
public final class Chaos {

    private static final String PASSPORT = "passport-service";
    private static final String ACTIVITY = "activity-service";
    private static final List<String> SERVICES = List.of("identity-service", "org-service", ACTIVITY, PASSPORT);
    private static final Duration SETTLE = Duration.ofSeconds(15);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** One row of the fault table. */
    record FaultResult(String fault, long eventsInFlight, long lost, long duplicated, double readyAfterSeconds,
                       double agreedAfterSeconds, Map<String, Long> answersDuring, String notes) {
    }

    /** One soak sample. */
    record Sample(double minute, long passportLag, long activityLag, Map<String, Long> heapMb, Map<String, Long> rssMb,
                  Double submitP99Ms, Double submitsPerSecond, Map<String, Long> answers) {
    }

    private final LocalPlatform.Running platform;
    private final Ledger ledger;
    private final Traffic traffic;

    private Chaos(LocalPlatform.Running platform, Ledger ledger, Traffic traffic) {
        this.platform = platform;
        this.ledger = ledger;
        this.traffic = traffic;
    }

    public static void main(String[] args) throws Exception {
        Path repository = Path.of(args[0]).toAbsolutePath();
        Path home = Path.of(args[1]).toAbsolutePath();
        int soakMinutes = Integer.getInteger("dvp.chaos.soak-minutes", 30);
        double rate = Double.parseDouble(System.getProperty("dvp.chaos.rate", "77"));
        int volunteers = Integer.getInteger("dvp.chaos.volunteers", 300);
        boolean faults = Boolean.parseBoolean(System.getProperty("dvp.chaos.faults", "true"));
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("command", String.format(Locale.ROOT, "./dvp chaos -Ddvp.chaos.soak-minutes=%d -Ddvp.chaos.rate=%.0f "
                + "-Ddvp.chaos.volunteers=%d -Ddvp.chaos.faults=%s", soakMinutes, rate, volunteers, faults));
        run.put("machine", Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version());
        run.put("startedAt", Instant.now().toString());
        List<FaultResult> results = new ArrayList<>();
        List<Sample> samples = new ArrayList<>();

        // as ./dvp up runs once the archives are written: a training start is slower and its stop uses more memory
        LocalPlatform.trainClassArchives(repository, home.resolve("class-archives"));
        try (LocalPlatform.Running platform = LocalPlatform.start(repository, home).closedOnExit();
             Ledger ledger = new Ledger(platform.infrastructure().postgres(), platform.infrastructure().kafkaBootstrap())) {
            step("scene: organization, coordinator, project, " + volunteers + " volunteers");
            Api api = new Api();
            Scene scene = Scene.make(api, Benchmark.adminPassword(home), volunteers);
            scene.awaitActivityReplicas(api);
            try (Traffic traffic = new Traffic(api, scene, rate, new AtomicLong())) {
                Chaos chaos = new Chaos(platform, ledger, traffic);
                traffic.resume();
                if (faults) {
                    results.add(chaos.killPassportService());
                    results.add(chaos.killActivityServiceBetweenCommitAndRelay());
                    results.add(chaos.stopKafka(Duration.ofSeconds(60)));
                    results.add(chaos.stopPostgres(Duration.ofSeconds(30)));
                    results.add(chaos.duplicateAndMalformedRecords());
                }
                samples.addAll(chaos.soak(Duration.ofMinutes(soakMinutes)));
                results.add(chaos.agreedAfter("after the soak", Instant.now(), 0, 0, new TreeMap<>(), ""));
            }
        }
        run.put("finishedAt", Instant.now().toString());
        Path written = write(repository.resolve("bench/results"), "chaos-" + stamp, run, results, samples, rate);
        System.out.println();
        System.out.println(Files.readString(written));
        System.out.println("Written: " + written + " (and .json, -soak.png)");
    }

    private FaultResult killPassportService() throws Exception {
        settle("kill -9 passport-service");
        long inFlight = ledger.lag("passport-service") + ledger.unrelayed("passport");
        traffic.takeOutcomes();
        platform.kill(PASSPORT);
        Instant end = Instant.now();
        double ready = platform.restart(PASSPORT).toMillis() / 1000.0;
        return agreedAfter("kill -9 passport-service, restart", end, inFlight, ready, traffic.takeOutcomes(),
                "events waiting for passport-service at the kill: its consumer lag and outbox");
    }

    /**
     * The relay lock is held from outside while a restarted activity-service commits events it cannot relay; it is
     * killed with them in its outbox, and restarted with the lock given back.
     */
    private FaultResult killActivityServiceBetweenCommitAndRelay() throws Exception {
        settle("kill -9 activity-service between commit and relay");
        traffic.takeOutcomes();
        platform.kill(ACTIVITY);
        long inFlight;
        try (Connection relayLock = ledger.holdRelayLock("activity", "/dvp/activity-service")) {
            platform.restart(ACTIVITY);
            Thread.sleep(SETTLE.toMillis());
            inFlight = ledger.unrelayed("activity");
            platform.kill(ACTIVITY);
        }
        Instant end = Instant.now();
        double ready = platform.restart(ACTIVITY).toMillis() / 1000.0;
        return agreedAfter("kill -9 activity-service between commit and relay, restart", end, inFlight, ready,
                traffic.takeOutcomes(), "events committed to its outbox and not relayed when it was killed");
    }

    private FaultResult stopKafka(Duration outage) throws Exception {
        settle("Kafka broker stopped for " + outage.toSeconds() + " s");
        traffic.takeOutcomes();
        long inFlight = ledger.lag("passport-service") + ledger.lag("activity-service");
        platform.infrastructure().stopKafka();
        Thread.sleep(outage.toMillis());
        for (String database : List.of("identity", "org", "activity", "passport")) {
            inFlight += ledger.unrelayed(database);
        }
        platform.infrastructure().startKafka();
        Instant end = Instant.now();
        double ready = allReady(end);
        return agreedAfter("Kafka broker stopped " + outage.toSeconds() + " s, restarted", end, inFlight, ready,
                traffic.takeOutcomes(), "consumer lag at the stop plus outbox events written during the outage");
    }

    private FaultResult stopPostgres(Duration outage) throws Exception {
        settle("PostgreSQL stopped for " + outage.toSeconds() + " s");
        traffic.takeOutcomes();
        long inFlight = ledger.lag("passport-service") + ledger.lag("activity-service");
        platform.infrastructure().stopPostgres();
        Thread.sleep(Math.min(10_000, outage.toMillis()));
        Map<String, Integer> readiness = new TreeMap<>();
        for (String service : SERVICES) {
            readiness.put(service, status(platform.service(service).baseUrl() + "/q/health/ready"));
        }
        Thread.sleep(Math.max(0, outage.toMillis() - 10_000));
        platform.infrastructure().startPostgres();
        Instant end = Instant.now();
        double ready = allReady(end);
        return agreedAfter("PostgreSQL stopped " + outage.toSeconds() + " s, restarted", end, inFlight, ready,
                traffic.takeOutcomes(), "readiness during the outage: " + readiness + " (no service restarted)");
    }

    /** A verified activity's event sent again (same id) and a record whose body is not JSON, straight to the topic. */
    private FaultResult duplicateAndMalformedRecords() throws Exception {
        settle("duplicate and malformed records");
        traffic.takeOutcomes();
        String bootstrap = platform.infrastructure().kafkaBootstrap();
        String poisonKey = UUID.randomUUID().toString();
        ConsumerRecord<String, byte[]> original = lastRecord(bootstrap, Topics.ACTIVITY_ACTIVITIES);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> duplicate = new ProducerRecord<>(original.topic(), original.key(), original.value());
            original.headers().forEach(h -> duplicate.headers().add(h));
            producer.send(duplicate).get();
            ProducerRecord<String, byte[]> poison = new ProducerRecord<>(Topics.ACTIVITY_ACTIVITIES, poisonKey,
                    "{not json".getBytes(StandardCharsets.UTF_8));
            new EventCodec().headers(UUID.randomUUID(), "kz.dvp.activity.verified.v1", "/dvp/chaos", poisonKey, Instant.now())
                    .forEach((name, value) -> poison.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
            producer.send(poison).get();
        }
        Instant end = Instant.now();
        boolean deadLettered = false;
        for (int i = 0; i < 60 && !deadLettered; i++) {
            deadLettered = hasKey(bootstrap, Topics.deadLetter("passport"), poisonKey);
            Thread.sleep(deadLettered ? 0 : 1000);
        }
        return agreedAfter("duplicate and malformed record fed to passport-service", end, 2, 0, traffic.takeOutcomes(),
                "the malformed record " + (deadLettered ? "is" : "is NOT") + " on " + Topics.deadLetter("passport")
                        + "; the duplicate repeats an event already applied");
    }

    private List<Sample> soak(Duration length) throws Exception {
        step("soak for " + length.toMinutes() + " min");
        List<Sample> samples = new ArrayList<>();
        traffic.interval();
        traffic.takeOutcomes();
        long start = System.nanoTime();
        long lastVerified = traffic.verified();
        while (System.nanoTime() - start < length.toNanos()) {
            Thread.sleep(60_000);
            Histogram minute = traffic.interval();
            long verified = traffic.verified();
            Sample sample = new Sample((System.nanoTime() - start) / 60e9, ledger.lag("passport-service"),
                    ledger.lag("activity-service"), heapMb(), rssMb(),
                    minute.getTotalCount() == 0 ? null : minute.getValueAtPercentile(99) / 1000.0,
                    minute.getTotalCount() / 60.0, traffic.takeOutcomes());
            samples.add(sample);
            System.out.printf(Locale.ROOT, "  %.0f min: lag %d/%d, p99 %s ms, %.1f submissions/s, %d verified, heap %s, "
                            + "RSS %s, answers %s%n", sample.minute(), sample.passportLag(), sample.activityLag(),
                    sample.submitP99Ms(), sample.submitsPerSecond(), verified - lastVerified, sample.heapMb(),
                    sample.rssMb(), sample.answers());
            lastVerified = verified;
        }
        return samples;
    }

    /** Runs the stream for a while first, so that a fault always strikes under load. */
    private void settle(String fault) throws InterruptedException {
        step(fault);
        Thread.sleep(SETTLE.toMillis());
    }

    /**
     * The stream runs on a little after the fault's end, then pauses; once the answers are in, the passports must
     * agree with activity-service: the time that takes is the drain, its final state says what was lost.
     */
    private FaultResult agreedAfter(String fault, Instant end, long inFlight, double ready, Map<String, Long> answers,
                                    String notes) throws Exception {
        Thread.sleep(SETTLE.toMillis());
        traffic.pause();
        traffic.takeOutcomes().forEach((kind, n) -> answers.merge(kind, n, Long::sum));
        Instant paused = Instant.now();
        Ledger.Agreement agreement = ledger.agreement();
        while (!agreement.holds() && Duration.between(paused, Instant.now()).toSeconds() < 180) {
            Thread.sleep(500);
            agreement = ledger.agreement();
        }
        double agreed = Duration.between(end, Instant.now()).toMillis() / 1000.0;
        System.out.printf(Locale.ROOT, "  %s: %d in flight, %d lost, %d duplicated, ready after %.1f s, agreed %.1f s "
                        + "after the fault's end (%d verified activities of %d volunteers); answers %s%n", fault, inFlight,
                agreement.lost(), agreement.duplicated(), ready, agreed, agreement.verified(), agreement.volunteers(), answers);
        traffic.resume();
        return new FaultResult(fault, inFlight, agreement.lost(), agreement.duplicated(), ready, agreed, answers,
                notes + (agreement.hoursDiffer() > 0 ? "; hours differ for " + agreement.hoursDiffer() + " volunteers" : ""));
    }

    private double allReady(Instant since) throws InterruptedException {
        for (String service : SERVICES) {
            while (status(platform.service(service).baseUrl() + "/q/health/ready") != 200
                    && Duration.between(since, Instant.now()).toMinutes() < 3) {
                Thread.sleep(200);
            }
        }
        return Duration.between(since, Instant.now()).toMillis() / 1000.0;
    }

    private static int status(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private Map<String, Long> heapMb() {
        Map<String, Long> heap = new TreeMap<>();
        for (String service : SERVICES) {
            try {
                String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(platform.service(service).baseUrl() + "/q/metrics"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
                double bytes = metrics.lines().filter(l -> l.startsWith("jvm_memory_used_bytes{") && l.contains("area=\"heap\""))
                        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
                heap.put(service, (long) (bytes / 1024 / 1024));
            } catch (Exception e) {
                heap.put(service, -1L);
            }
        }
        return heap;
    }

    private Map<String, Long> rssMb() {
        Map<String, Long> rss = new TreeMap<>();
        SERVICES.forEach(service -> rss.put(service, Footprint.rssKb(platform.service(service).pid()) / 1024));
        return rss;
    }

    private static ConsumerRecord<String, byte[]> lastRecord(String bootstrap, String topic) {
        try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrap)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            TopicPartition busiest = ends.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            consumer.seek(busiest, ends.get(busiest) - 1);
            for (int i = 0; i < 20; i++) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.partition() == busiest.partition()) {
                        return record;
                    }
                }
            }
        }
        throw new IllegalStateException("No record to duplicate on " + topic);
    }

    private static boolean hasKey(String bootstrap, String topic, String key) {
        try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrap)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static KafkaConsumer<String, byte[]> consumer(String bootstrap) {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static Path write(Path results, String stamp, Map<String, Object> run, List<FaultResult> faults,
                              List<Sample> samples, double rate) throws IOException {
        Files.createDirectories(results);
        Map<String, Object> json = new LinkedHashMap<>(run);
        json.put("faults", faults);
        json.put("soak", samples);
        Api.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(results.resolve(stamp + ".json").toFile(), json);
        StringBuilder md = new StringBuilder("# Chaos " + stamp + "\n\n" + run.get("command") + "\n\n");
        md.append("| fault | events in flight | lost | duplicated | ready after | passports agree after | answers meanwhile | notes |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        for (FaultResult f : faults) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f s | %.1f s | %s | %s |%n", f.fault(),
                    f.eventsInFlight(), f.lost(), f.duplicated(), f.readyAfterSeconds(), f.agreedAfterSeconds(),
                    f.answersDuring(), f.notes()));
        }
        md.append("\n\"Passports agree after\": from the fault's end (the restart, or the broker or database back) until")
                .append(" every passport holds exactly its volunteer's VERIFIED activities; the stream runs 15 s of it,")
                .append(" then pauses so the check can settle.\n");
        if (!samples.isEmpty()) {
            md.append(soakVerdict(samples, rate));
            soakChart(samples, results.resolve(stamp + "-soak.png"));
        }
        Files.writeString(results.resolve(stamp + ".md"), md.toString());
        return results.resolve(stamp + ".md");
    }

    /** The start (past minute 1, the JIT's warm-up) against the end, each the mean of up to five minutes. */
    private static String soakVerdict(List<Sample> samples, double rate) {
        int window = Math.max(1, Math.min(5, (samples.size() - 1) / 3));
        List<Sample> start = samples.subList(Math.min(1, samples.size() - 1), Math.min(1, samples.size() - 1) + window);
        List<Sample> end = samples.subList(samples.size() - window, samples.size());
        long maxLag = samples.stream().mapToLong(s -> Math.max(s.passportLag(), s.activityLag())).max().orElse(0);
        double heapStart = mean(start, s -> total(s.heapMb()));
        double heapEnd = mean(end, s -> total(s.heapMb()));
        double rssStart = mean(start, s -> total(s.rssMb()));
        double rssEnd = mean(end, s -> total(s.rssMb()));
        double p99Start = mean(start, s -> s.submitP99Ms() == null ? 0 : s.submitP99Ms());
        double p99End = mean(end, s -> s.submitP99Ms() == null ? 0 : s.submitP99Ms());
        String minutes = window == 1 ? "minute %.0f" : "minutes %.0f–%.0f";
        Map<String, Long> failures = new TreeMap<>();
        long answered = 0;
        for (Sample sample : samples) {
            for (Map.Entry<String, Long> answer : sample.answers().entrySet()) {
                answered += answer.getValue();
                if (!answer.getKey().endsWith(" 201") && !answer.getKey().endsWith(" 200")) {
                    failures.merge(answer.getKey(), answer.getValue(), Long::sum);
                }
            }
        }
        return String.format(Locale.ROOT, "%n## Soak: %d min at %.0f submissions/s (and as many verifications)%n%n"
                        + "| figure | %s | %s | goal | met |%n|---|---|---|---|---|%n"
                        + "| consumer lag, worst of passport and activity, max over the soak | %d | | bounded (≤ 30 s of events) | %s |%n"
                        + "| heap used, four services | %.0f MB | %.0f MB | no growth (≤ +20 %%) | %s |%n"
                        + "| RSS, four services | %.0f MB | %.0f MB | no growth (≤ +10 %%) | %s |%n"
                        + "| submission p99 | %.1f ms | %.1f ms | ≤ 2× the start | %s |%n"
                        + "| answers other than 201/200, of %d | %s | | none | %s |%n%n"
                        + "Each column is the mean of its minutes; every minute's sample is in the JSON, the chart is -soak.png.%n",
                samples.size(), rate, String.format(Locale.ROOT, minutes, start.get(0).minute(), start.get(start.size() - 1).minute()),
                String.format(Locale.ROOT, minutes, end.get(0).minute(), end.get(end.size() - 1).minute()),
                maxLag, maxLag <= rate * 30 ? "yes" : "**no**", heapStart, heapEnd, heapEnd <= heapStart * 1.2 ? "yes" : "**no**",
                rssStart, rssEnd, rssEnd <= rssStart * 1.1 ? "yes" : "**no**", p99Start, p99End,
                p99End <= 2 * p99Start ? "yes" : "**no**", answered, failures.isEmpty() ? "0" : failures.toString(),
                failures.isEmpty() ? "yes" : "**no**");
    }

    private static double mean(List<Sample> samples, java.util.function.ToDoubleFunction<Sample> figure) {
        return samples.stream().mapToDouble(figure).average().orElse(0);
    }

    private static long total(Map<String, Long> perService) {
        return perService.values().stream().mapToLong(Long::longValue).sum();
    }

    private static void soakChart(List<Sample> samples, Path file) throws IOException {
        XYSeries lag = new XYSeries("passport consumer lag (records)");
        XYSeries heap = new XYSeries("heap, 4 services (MB)");
        XYSeries rss = new XYSeries("RSS, 4 services (MB)");
        XYSeries p99 = new XYSeries("submission p99 (ms)");
        for (Sample s : samples) {
            lag.add(s.minute(), s.passportLag());
            heap.add(s.minute(), total(s.heapMb()));
            rss.add(s.minute(), total(s.rssMb()));
            if (s.submitP99Ms() != null) {
                p99.add(s.minute(), s.submitP99Ms());
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(lag);
        data.addSeries(heap);
        data.addSeries(rss);
        data.addSeries(p99);
        JFreeChart chart = ChartFactory.createXYLineChart("Soak", "minute", "value", data);
        ((XYPlot) chart.getPlot()).getRangeAxis().setLowerBound(0);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, 1000, 520);
    }

    private static void step(String name) {
        System.out.println("[" + Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + "] " + name + " ...");
    }
}
