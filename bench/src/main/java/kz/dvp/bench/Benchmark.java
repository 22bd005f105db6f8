package kz.dvp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import kz.dvp.devstack.LocalPlatform;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./dvp bench}: starts the platform on fresh embedded PostgreSQL and Kafka, measures the raw limits of
 * that PostgreSQL and Kafka, then the platform's figures under loopback load, each phase bounded in time, and
 * writes bench/results/<time>.json, .md and two charts. Settings: -Ddvp.bench.seconds (per phase, default 20),
 * -Ddvp.bench.volunteers (default 1 000), -Ddvp.bench.verifications-per-second (offered, default 1 000),
 * -Ddvp.bench.warmup-seconds (default 120: after 60 s of submissions the services' JIT compilers still took a quarter of
 * their CPU),
 * -Ddvp.bench.raw=false (a 2 s PostgreSQL reference only, for quick runs while tuning), -Ddvp.bench.runs (default 1;
 * with more, each run on fresh data is written as <time>-run<n> and the table shows, figure by figure, the run
 * with the median value), -Ddvp.bench.national-volunteers (default 0: skipped; e.g. 300000 adds that many
 * volunteers through the event path and measures reads and ingest again over them), -Ddvp.bench.national-activities
 * (default 0; with national volunteers, e.g. 10000000 verified activities of theirs, with 800 organizations, through
 * the event path before those reads, and the rebuild then replays them all). With
 * -Ddvp.postgres.statement-statistics=true, PostgreSQL keeps pg_stat_statements and the output shows, for the ingest,
 * the two batch imports and the verifications, the statements that took it the most time.
 */
public final class Benchmark {

    private static final int CONCURRENCY = 64;
    private static final int TOP_STATEMENTS = 15;

    private Benchmark() {
    }

    /** What a run measures and for how long. */
    private record Settings(Duration phase, int volunteers, double offered, boolean raw, Duration warmup, int national,
                            long nationalActivities) {
    }

    public static void main(String[] args) throws Exception {
        Path repository = Path.of(args[0]).toAbsolutePath();
        Path home = Path.of(args[1]).toAbsolutePath();
        Settings settings = new Settings(Duration.ofSeconds(Integer.getInteger("dvp.bench.seconds", 20)),
                Integer.getInteger("dvp.bench.volunteers", 1_000),
                Integer.getInteger("dvp.bench.verifications-per-second", 1_000),
                Boolean.parseBoolean(System.getProperty("dvp.bench.raw", "true")),
                Duration.ofSeconds(Integer.getInteger("dvp.bench.warmup-seconds", 120)),
                Integer.getInteger("dvp.bench.national-volunteers", 0),
                Long.getLong("dvp.bench.national-activities", 0));
        int runs = Integer.getInteger("dvp.bench.runs", 1);
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("command", "./dvp bench   (phase " + settings.phase().toSeconds() + " s after a "
                + settings.warmup().toSeconds() + " s warm-up, " + settings.volunteers() + " volunteers, "
                + (int) settings.offered() + " verifications/s offered"
                + (settings.national() > 0 ? ", " + settings.national() + " national-scale volunteers" : "")
                + (settings.nationalActivities() > 0 ? ", " + settings.nationalActivities() + " national-scale activities" : "") + (runs > 1 ? ", median of " + runs + " runs" : "")
                + ")");
        run.put("machine", Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version());
        run.put("startedAt", Instant.now().toString());
        // measured: the platform as ./dvp up runs it once its first stop after a build has written the archives
        LocalPlatform.trainClassArchives(repository, home.resolve("class-archives"));
        List<List<Figure>> all = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            if (runs > 1) {
                step("run " + i + " of " + runs);
            }
            // each run on fresh data: the same starting point
            all.add(measure(repository, runs == 1 ? home : home.resolve("run-" + i), settings));
            if (runs > 1) {
                Map<String, Object> one = new LinkedHashMap<>(run);
                one.put("command", run.get("command") + ": run " + i);
                Report.write(repository.resolve("bench/results"), stamp + "-run" + i, one, all.get(i - 1));
                // 7.6-9.0 GB a run (the raw Kafka phase's records, PostgreSQL's tables and WAL); the logs stay
                LocalPlatform.deleteData(home.resolve("run-" + i));
            }
        }
        run.put("finishedAt", Instant.now().toString());
        List<Figure> figures = runs == 1 ? all.get(0) : Report.medians(all);
        Path table = Report.write(repository.resolve("bench/results"), stamp, run, figures);
        System.out.println();
        System.out.println(Report.markdown(figures));
        System.out.println("Written: " + table + " (and .json, -throughput.png, -latency.png)");
    }

    private static List<Figure> measure(Path repository, Path home, Settings settings) throws Exception {
        Duration phase = settings.phase();
        int volunteerCount = settings.volunteers();
        double offered = settings.offered();
        boolean raw = settings.raw();
        Duration warmup = settings.warmup();
        List<Figure> figures = new ArrayList<>();
        try (LocalPlatform.Running platform = LocalPlatform.start(repository, home).closedOnExit();
             Footprint footprint = new Footprint(platform.services())) {
            step("raw PostgreSQL");
            Load.Result pg = RawLimits.postgresInserts("jdbc:postgresql://127.0.0.1:5432/", 8, raw ? phase : Duration.ofSeconds(2));
            figures.add(new Figure("raw PostgreSQL: single-row INSERT, 8 clients", pg.perSecond(), "tx/s", pg.p50Ms(),
                    pg.p99Ms(), "reference", null, "JDBC autocommit INSERT, 8 threads"));
            if (raw) {
                step("raw Kafka");
                Load.Result kafka = RawLimits.kafkaProducer(platform.infrastructure().kafkaBootstrap(), phase);
                figures.add(new Figure("raw Kafka: 400 B records, acks=all", kafka.perSecond(), "records/s", kafka.p50Ms(),
                        kafka.p99Ms(), "reference", null, "one idempotent producer, 12 partitions"));
            }

            step("scene: organization, coordinator, project, " + volunteerCount + " volunteers, and " + volunteerCount
                    + " more for the second batch import in flight");
            Api api = new Api();
            Scene scene = Scene.make(api, adminPassword(home), volunteerCount);
            Scene second = scene.with(Scene.register(api, scene.admin, volunteerCount, volunteerCount));
            scene.awaitActivityReplicas(api);
            second.awaitActivityReplicas(api);

            AtomicLong slots = new AtomicLong();
            Imports imports = Imports.apart(api, scene, slots, second);
            // The services' JIT compilers need load to reach steady state: a warm-up of submissions, verifications
            // of some of them and reads, not measured. Without the verifications, the verification phase measured
            // that path while it was still being compiled (by hand: 2.3 ms of activity-service CPU per
            // verification in its first 20 s, 0.6 ms after 2 minutes).
            step("warm-up (" + warmup.toSeconds() + " s of submissions, a quarter of that of batch imports, half that of"
                    + " verifications and of reads; not measured)");
            List<String[]> warmedUp = Collections.synchronizedList(new ArrayList<>());
            Load.closed(CONCURRENCY, warmup, 201, n -> submit(api, scene, slots.getAndIncrement(), warmedUp));
            // the batch import's own code: without it, C2 compiled it during the measured phase (a third of
            // activity-service's CPU there, by its compiler threads' CPU time in /proc)
            Load.closed(2, warmup.dividedBy(4), 200, imports::post);
            // offered at the phase's rate, not as fast as they are answered: each verified activity lengthens its
            // volunteer's history, which every later verification's recompute reads, so faster code would otherwise
            // measure its verification phase over a longer history (the figure's text gives that history's length).
            // Through the phase's own code and the same watch of the passport topic, which then follows the topic
            // until the phase ends: with a watch of its own in the warm-up and a new one in the phase, this JVM
            // compiled 463 methods (144 by C2) in the 12 s phase, and its compiler threads had 60 % of its CPU
            // samples there (async-profiler), taking cores from the services it measured.
            PassportWatch watch = new PassportWatch(platform.infrastructure().kafkaBootstrap());
            verifications(api, scene, watch, warmedUp, offered, warmup.dividedBy(2));
            Load.closed(CONCURRENCY, warmup.dividedBy(2), 200, n -> api.getAsync(Api.PASSPORT + "/api/v1/passports/"
                    + scene.volunteers.get(ThreadLocalRandom.current().nextInt(scene.volunteers.size())), scene.admin));

            Statements statements = Statements.of(platform.infrastructure().postgres());
            step("REST ingest");
            statements.reset();
            Footprint.Cpu cpu = footprint.cpu();
            List<String[]> submitted = Collections.synchronizedList(new ArrayList<>());
            Load.Result ingest = Load.closed(CONCURRENCY, phase, 201, n -> submit(api, scene, slots.getAndIncrement(), submitted));
            figures.add(new Figure("REST activity ingest (POST /api/v1/activities)", ingest.perSecond(), "activities/s",
                    ingest.p50Ms(), ingest.p99Ms(), "≥ 5 000/s and ≥ 25 % of raw PostgreSQL",
                    ingest.perSecond() >= 5_000 && ingest.perSecond() >= 0.25 * pg.perSecond(),
                    CONCURRENCY + " in flight, coordinator submissions through validation and outbox; "
                            + String.format("%.0f %%", 100 * ingest.perSecond() / pg.perSecond()) + " of raw PostgreSQL; "
                            + ingest.failed() + " failed; " + cost(cpu, cpu = footprint.cpu(), ingest.ok(), "submission",
                            "activity-service", "passport-service")));
            System.out.print(statements.markdown("the REST ingest", TOP_STATEMENTS));

            step("batch import");
            statements.reset();
            Load.Result batch = Load.closed(2, phase, 200, imports::post);
            double batchRate = batch.ok() * Imports.SIZE / (batch.elapsed().toNanos() / 1e9);
            figures.add(new Figure("batch import (POST /api/v1/activities/batch)", batchRate, "activities/s",
                    batch.p50Ms(), batch.p99Ms(), "≥ 20 000/s", batchRate >= 20_000,
                    Imports.SIZE + " per request, 2 requests in flight, each naming " + volunteerCount
                            + " volunteers of its own; latency per request; " + batch.failed() + " failed; "
                            + cost(cpu, cpu = footprint.cpu(), batch.ok() * Imports.SIZE, "activity", "activity-service",
                            "passport-service")));
            System.out.print(statements.markdown("the batch import", TOP_STATEMENTS));

            // Two imports naming the same volunteers take turns: each locks its volunteers for its transaction, so
            // that no two submissions for one volunteer both pass the overlap check. What that costs, for reference.
            step("batch import, both in flight naming the same volunteers");
            statements.reset();
            Load.Result together = Load.closed(2, phase, 200, Imports.together(api, scene, slots, 2)::post);
            figures.add(new Figure("batch import, 2 in flight naming the same volunteers", together.ok() * Imports.SIZE
                    / (together.elapsed().toNanos() / 1e9), "activities/s", together.p50Ms(), together.p99Ms(), "reference",
                    null, Imports.SIZE + " per request, both naming the same " + volunteerCount + " volunteers; "
                            + together.failed() + " failed; " + cost(cpu, cpu = footprint.cpu(), together.ok() * Imports.SIZE,
                            "activity", "activity-service", "passport-service")));
            System.out.print(statements.markdown("the batch import naming the same volunteers", TOP_STATEMENTS));

            // The verification phase measures its own events, not the ingest phases' backlog queued ahead of them.
            step("drain: outbox relayed and passport-service caught up");
            figures.add(drain(platform));

            step("verification → passport");
            statements.reset();
            cpu = footprint.cpu();
            List<String[]> toVerify = new ArrayList<>(submitted);
            Collections.shuffle(toVerify);
            Verifications verified = verifications(api, scene, watch, toVerify, offered,
                    Duration.ofSeconds(Math.min(phase.toSeconds(), 10)));
            watch.close(); // the national load's passports would keep it busy
            Load.Result verification = verified.answered();
            org.HdrHistogram.Histogram e2e = histogram(verified.endToEnd());
            double p99 = e2e.getValueAtPercentile(99) / 1000.0;
            // the goal's clock starts at the answer, so a late answer shortens it; this one starts when the request was due
            double fromDueP99 = histogram(verified.fromDue()).getValueAtPercentile(99) / 1000.0;
            // the name stays the same from run to run (medians match figures by name); the rate offered varies
            figures.add(new Figure("verification → passport (open model)",
                    verification.perSecond(), "verifications/s", e2e.getValueAtPercentile(50) / 1000.0, p99,
                    "p99 ≤ 200 ms", p99 <= 200, "offered " + (int) verified.offered() + "/s; " + String.format(Locale.ROOT,
                    "%.0f", verified.before().values().stream().mapToInt(Integer::intValue).average().orElse(0))
                    + " verified activities per volunteer before (what each recompute reads); from the verification's answer to "
                    + "PassportUpdated on "
                    + "dvp.passport.passports.v1; " + verified.endToEnd().size() + " of " + verification.ok() + " seen; verification "
                    + "answer p99 " + String.format("%.1f", verification.p99Ms()) + " ms; from the request's due time to "
                    + "the passport p99 " + String.format("%.1f", fromDueP99) + " ms; " + verification.failed() + " failed; "
                    + cost(cpu, cpu = footprint.cpu(), verification.ok(), "verification", "activity-service",
                    "passport-service")));
            System.out.print(statements.markdown("the verifications and until the passports showed them", TOP_STATEMENTS));

            step("passport read");
            cpu = footprint.cpu();
            Load.Result read = Load.closed(CONCURRENCY, phase, 200, n -> api.getAsync(Api.PASSPORT + "/api/v1/passports/"
                    + scene.volunteers.get(ThreadLocalRandom.current().nextInt(scene.volunteers.size())), scene.admin));
            figures.add(new Figure("passport read (GET /api/v1/passports/{id})", read.perSecond(), "req/s", read.p50Ms(),
                    read.p99Ms(), "≥ 10 000 req/s, p99 ≤ 20 ms", read.perSecond() >= 10_000 && read.p99Ms() <= 20,
                    CONCURRENCY + " in flight over " + scene.volunteers.size() + " passports (goal: 300 000); "
                            + read.failed() + " failed; " + cost(cpu, footprint.cpu(), read.ok(), "read", "passport-service")));

            if (settings.national() > 0) {
                figures.addAll(nationalScale(platform, api, scene, settings, ingest, read));
            }

            // after the national load, if any: the rebuild replays everything the topics hold
            step("projection rebuild");
            figures.add(rebuild(api, scene.admin));

            platform.readyAfter().forEach((service, took) -> figures.add(new Figure("start-up: " + service,
                    took.toMillis() / 1000.0, "s", null, null, "≤ 3 s", took.toMillis() <= 3_000,
                    "process start to /q/health/ready UP, the four services starting at once")));
            // Four JVMs starting at once share two cores; one at a time, on the running platform, is the
            // start-up of a replica added or replaced in a cluster.
            step("start-up of each service alone");
            for (String service : List.of("identity-service", "org-service", "activity-service", "passport-service")) {
                Duration took = platform.restart(service);
                figures.add(new Figure("start-up alone: " + service, took.toMillis() / 1000.0, "s", null, null, "≤ 3 s",
                        took.toMillis() <= 3_000, "process start to /q/health/ready UP, restarted alone on the "
                        + "running platform"));
            }
            platform.stoppedAfter().forEach((service, took) -> figures.add(new Figure("stop: " + service,
                    took.toMillis() / 1000.0, "s", null, null, "reference", null,
                    "SIGTERM to process exit (Quarkus's graceful shutdown), before the start-up alone")));
            footprint.peakMb().forEach((service, mb) -> figures.add(new Figure("peak RSS: " + service, mb, "MB", null,
                    null, "≤ 256 MB", mb <= 256, "VmRSS sampled every 0.5 s through all phases")));
        }
        return figures;
    }

    /** A coordinator's submission of the activity in {@code slot}; once created, its id and volunteer go to {@code into}. */
    private static java.util.concurrent.CompletableFuture<Api.Answer> submit(Api api, Scene scene, long slot,
                                                                              List<String[]> into) {
        Map<String, Object> activity = scene.activity(slot);
        return api.postAsync(Api.ACTIVITY + "/api/v1/activities", scene.coordinator, activity).whenComplete((r, e) -> {
            if (e == null && r.statusCode() == 201) {
                into.add(new String[] {idOf(r.body()), (String) activity.get("volunteerId")});
            }
        });
    }

    /**
     * Verifications offered, open model: each answer's time and each request's due time, and the time each
     * volunteer's passport showed them (on the passport topic), with each volunteer's count before.
     */
    private record Verifications(double offered, Load.Result answered, List<Long> endToEnd, List<Long> fromDue,
                                 Map<String, Integer> before) {
    }

    /**
     * Verifies the activities of {@code toVerify} ({id, volunteer}, in order) at {@code offered} a second for
     * {@code duration} (slower if there are fewer), and waits (at most 60 s) until the passports show them all.
     */
    private static Verifications verifications(Api api, Scene scene, PassportWatch watch, List<String[]> toVerify,
                                               double offered, Duration duration) throws Exception {
        double rate = Math.min(offered, toVerify.size() / (double) duration.toSeconds());
        Map<String, List<Long>> answeredByVolunteer = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, List<Long>> dueByVolunteer = new java.util.concurrent.ConcurrentHashMap<>();
        List<Long> endToEnd = new ArrayList<>();
        List<Long> fromDue = new ArrayList<>();
        Map<String, Integer> before = verifiedBefore(api, scene, toVerify);
        Load.Result answered = Load.open(rate, duration, 200, n -> api.postAsync(Api.ACTIVITY + "/api/v1/activities/"
                + toVerify.get((int) n)[0] + "/verification", scene.admin, Map.of("decision", "VERIFIED")), (n, due, at) -> {
            answeredByVolunteer.computeIfAbsent(toVerify.get((int) n)[1], k -> Collections.synchronizedList(new ArrayList<>())).add(at);
            dueByVolunteer.computeIfAbsent(toVerify.get((int) n)[1], k -> Collections.synchronizedList(new ArrayList<>())).add(due);
        });
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && !allShown(watch, before, answeredByVolunteer)) {
            Thread.sleep(200);
        }
        answeredByVolunteer.forEach((volunteer, times) -> untilShown(watch, volunteer, before.get(volunteer), times, endToEnd));
        dueByVolunteer.forEach((volunteer, times) -> untilShown(watch, volunteer, before.get(volunteer), times, fromDue));
        return new Verifications(rate, answered, endToEnd, fromDue, before);
    }

    private static Figure rebuild(Api api, String admin) throws Exception {
        Api.expect(202, api.post(Api.PASSPORT + "/api/v1/admin/passport-rebuilds", admin, Map.of()));
        JsonNode progress;
        do {
            Thread.sleep(1000);
            progress = Api.JSON.readTree(api.get(Api.PASSPORT + "/api/v1/admin/passport-rebuilds/current", admin).body());
        } while (progress.get("state").asText().equals("RUNNING"));
        double seconds = Duration.between(Instant.parse(progress.get("startedAt").asText()),
                Instant.parse(progress.get("finishedAt").asText())).toMillis() / 1000.0;
        double perSecond = progress.get("applied").asLong() / seconds;
        long events = progress.get("applied").asLong();
        List<String> steps = new ArrayList<>();
        progress.get("steps").forEach(step -> steps.add(String.format(Locale.ROOT, "%s %.1f s",
                step.get("step").asText(), step.get("seconds").asDouble())));
        return new Figure("projection rebuild", perSecond, "events/s", null, null, "≥ 50 000 events/s (over ≥ 3 000 000)",
                perSecond >= 50_000 && events >= 3_000_000, String.format(Locale.ROOT,
                "%d events (identity, org and activity topics from the start) in %.1f s (%s), state %s%s", events,
                seconds, String.join(", ", steps), progress.get("state").asText(),
                events >= 3_000_000 ? "" : "; fewer events than the goal's volume"));
    }

    /** Waits (at most 5 minutes) until activity-service's outbox is relayed and passport-service has no lag. */
    private static Figure drain(LocalPlatform.Running platform) throws Exception {
        long start = System.nanoTime();
        long backlog;
        try (Ledger ledger = new Ledger(platform.infrastructure().postgres(), platform.infrastructure().kafkaBootstrap())) {
            long first = ledger.unrelayed("activity") + ledger.lag("passport-service");
            backlog = first;
            while (backlog > 0 && System.nanoTime() - start < Duration.ofMinutes(5).toNanos()) {
                Thread.sleep(250);
                backlog = ledger.unrelayed("activity") + ledger.lag("passport-service");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Figure("backlog after the ingest phases, drained", first / Math.max(seconds, 0.001), "events/s",
                    null, null, "reference", null, String.format(Locale.ROOT, "%d events (outbox + consumer lag) in %.1f s%s",
                    first, seconds, backlog > 0 ? ", " + backlog + " left after 5 min" : ""));
        }
    }

    /**
     * The national-scale figures: {@code settings.national()} volunteers more through the event path (timed until
     * both consuming services hold them), then reads and REST ingest again over them, against the small dataset.
     */
    private static List<Figure> nationalScale(LocalPlatform.Running platform, Api api, Scene scene, Settings settings,
                                              Load.Result smallIngest, Load.Result smallRead)
            throws Exception {
        List<Figure> figures = new ArrayList<>();
        int count = settings.national();
        step("national scale: " + count + " volunteers through the event path");
        scene.renewTokens(api);
        List<String> national;
        try (Ledger ledger = new Ledger(platform.infrastructure().postgres(), platform.infrastructure().kafkaBootstrap())) {
            long before = ledger.count("passport", "select count(*) from passport where birth_year is not null");
            long start = System.nanoTime();
            national = NationalScale.register(platform.infrastructure().kafkaBootstrap(), count);
            boolean all = NationalScale.awaitTakenIn(ledger, before + count, Duration.ofMinutes(30));
            double seconds = (System.nanoTime() - start) / 1e9;
            figures.add(new Figure("national scale: " + count + " volunteers loaded (event path)", count / seconds,
                    "volunteers/s", null, null, "timed", null, String.format(Locale.ROOT, "%d VolunteerRegistered "
                    + "published and taken in by passport-service and activity-service in %.1f s%s", count, seconds,
                    all ? "" : "; not all after 30 min")));
        }
        if (settings.nationalActivities() > 0) {
            figures.add(nationalActivities(platform, national, settings.nationalActivities()));
        }
        Scene large = scene.with(national);
        scene.renewTokens(api);
        Load.Result read = Load.closed(CONCURRENCY, settings.phase(), 200, n -> api.getAsync(Api.PASSPORT
                + "/api/v1/passports/" + national.get(ThreadLocalRandom.current().nextInt(national.size())), scene.admin));
        double readRatio = read.perSecond() / smallRead.perSecond();
        figures.add(new Figure("passport read over " + count + " passports", read.perSecond(), "req/s", read.p50Ms(),
                read.p99Ms(), "≤ 20 % worse than on the small dataset", readRatio >= 0.8 && read.p99Ms() <= 1.2 * smallRead.p99Ms(),
                String.format(Locale.ROOT, "%.0f %% of the small dataset's rate, p99 %.0f %% of its p99; %d failed",
                        100 * readRatio, 100 * read.p99Ms() / smallRead.p99Ms(), read.failed())));
        AtomicLong nationalSlots = new AtomicLong();
        Load.Result ingest = Load.closed(CONCURRENCY, settings.phase(), 201, n -> api.postAsync(Api.ACTIVITY
                + "/api/v1/activities", scene.coordinator, large.activity(nationalSlots.getAndIncrement())));
        double ingestRatio = ingest.perSecond() / smallIngest.perSecond();
        figures.add(new Figure("REST ingest over " + count + " volunteers", ingest.perSecond(), "activities/s",
                ingest.p50Ms(), ingest.p99Ms(), "≤ 20 % worse than on the small dataset", ingestRatio >= 0.8,
                String.format(Locale.ROOT, "%.0f %% of the small dataset's rate; %d failed; %d national activities "
                        + "loaded before (goal: 10 000 000)", 100 * ingestRatio, ingest.failed(),
                        settings.nationalActivities())));
        return figures;
    }

    /**
     * 800 organizations and {@code count} verified activities of the national volunteers through the event path,
     * timed until passport-service has taken them all in (its consumer group has no lag and its table holds them).
     */
    private static Figure nationalActivities(LocalPlatform.Running platform, List<String> volunteers, long count)
            throws Exception {
        int organizations = 800;
        step("national scale: " + organizations + " organizations, " + count + " verified activities through the event path");
        String bootstrap = platform.infrastructure().kafkaBootstrap();
        try (Ledger ledger = new Ledger(platform.infrastructure().postgres(), bootstrap)) {
            long before = ledger.count("passport", "select count(*) from passport_activity");
            long start = System.nanoTime();
            NationalScale.verifiedActivities(bootstrap, volunteers, NationalScale.organizations(bootstrap, organizations),
                    count);
            double published = (System.nanoTime() - start) / 1e9;
            long deadline = start + Duration.ofMinutes(90).toNanos();
            boolean all = false;
            while (!all && System.nanoTime() < deadline) {
                Thread.sleep(2000);
                all = ledger.lag("passport-service") == 0
                        && ledger.count("passport", "select count(*) from passport_activity") >= before + count;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Figure("national scale: " + count + " activities loaded (event path)", count / seconds,
                    "activities/s", null, null, "timed", null, String.format(Locale.ROOT, "%d organizations with a "
                    + "project each and %d ActivityVerified published in %.1f s and taken in by passport-service in "
                    + "%.1f s%s; activity-service's own table does not hold them", organizations, count, published,
                    seconds, all ? "" : "; not all after 90 min"));
        }
    }

    private static String cost(Footprint.Cpu before, Footprint.Cpu after, long operations, String operation,
                               String... services) {
        StringBuilder text = new StringBuilder();
        for (String service : services) {
            text.append(String.format(Locale.ROOT, "%s %.2f ms CPU per %s (JIT compilers %.0f %% of it), %s; ", service,
                    after.perOperation(before, service, operations), operation, after.jitPercent(before, service),
                    after.gcPauses(before, service).describe()));
        }
        text.append(String.format(Locale.ROOT, "machine %.0f %% busy (", after.machineBusyPercent(before)));
        for (String part : Footprint.PARTS) {
            text.append(String.format(Locale.ROOT, "%s%s %.0f %%", part.equals(Footprint.PARTS.get(0)) ? "" : ", ", part,
                    after.partPercent(before, part)));
        }
        return text.append(")").toString();
    }

    /**
     * Each volunteer's count of verified activities on their passport before the phase (the warm-up verified some):
     * the phase's k-th verification of a volunteer shows as that count plus k.
     */
    private static Map<String, Integer> verifiedBefore(Api api, Scene scene, List<String[]> toVerify) throws Exception {
        Map<String, Integer> before = new HashMap<>();
        for (String[] activity : toVerify) {
            if (!before.containsKey(activity[1])) {
                Api.Answer passport = api.get(Api.PASSPORT + "/api/v1/passports/" + activity[1], scene.admin);
                before.put(activity[1], passport.statusCode() == 200
                        ? Api.JSON.readTree(passport.body()).get("verifiedActivities").asInt() : 0);
            }
        }
        return before;
    }

    /**
     * For each of a volunteer's verifications, from {@code times} (its answers, or when they were due) to when the
     * passport first showed that many more than {@code before}: the k-th earliest time goes with the k-th.
     */
    private static void untilShown(PassportWatch watch, String volunteer, int before, List<Long> times, List<Long> into) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        for (int i = 0; i < sorted.size(); i++) {
            Long shown = watch.shown(volunteer, before + i + 1);
            if (shown != null) {
                into.add(Math.max(0, shown - sorted.get(i)));
            }
        }
    }

    private static org.HdrHistogram.Histogram histogram(List<Long> nanos) {
        org.HdrHistogram.Histogram h = new org.HdrHistogram.Histogram(3);
        nanos.forEach(ns -> h.recordValue(Math.max(1, ns / 1000)));
        return h;
    }

    private static boolean allShown(PassportWatch watch, Map<String, Integer> before, Map<String, List<Long>> answered) {
        return answered.entrySet().stream()
                .allMatch(e -> watch.shown(e.getKey(), before.get(e.getKey()) + e.getValue().size()) != null);
    }

    private static String idOf(String body) {
        try {
            return Api.JSON.readTree(body).get("id").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String adminPassword(Path home) throws Exception {
        Properties keys = new Properties();
        try (Reader reader = Files.newBufferedReader(home.resolve("data/identity-keys/dev-keys.properties"))) {
            keys.load(reader);
        }
        return keys.getProperty("bootstrap-admin");
    }

    private static void step(String name) {
        System.out.println("[" + Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + "] " + name + " ...");
    }
}
