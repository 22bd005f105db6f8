package kz.dvp.passport.service;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;
import kz.dvp.events.CloudEvent;
import kz.dvp.events.EventCodec;
import kz.dvp.events.EventFormatException;
import kz.dvp.events.Topics;
import kz.dvp.platform.problem.ProblemException;
import kz.dvp.platform.security.Caller;
import kz.dvp.platform.security.Role;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Rebuilds every passport from the first offset of the identity, org and activity topics into fresh tables (the
 * {@code rebuild} schema), with the very projection code that maintains them live, then switches over:
 * <ol>
 *   <li>replay to the topics' current end into {@code rebuild.*} (tables with their keys only): each activity's
 *       latest status and the volunteers' details;</li>
 *   <li>build the tables' other indexes, then compute every passport's figures once from its verified activities
 *       (not once per batch, as live);</li>
 *   <li>lock the live tables against writers, replay what arrived meanwhile (its announcements land in a
 *       throw-away outbox), drop the live tables and move the rebuilt ones in, in one transaction. Live consumers
 *       wait on the lock and continue on the new tables: the projection is idempotent, so whatever they apply
 *       again changes nothing.</li>
 * </ol>
 */
@ApplicationScoped
public class PassportRebuild {

    static final List<String> TABLES = List.of("passport", "passport_activity", "organization_name", "project_name");
    private static final List<String> SOURCES =
            List.of(Topics.IDENTITY_VOLUNTEERS, Topics.ORG_ORGANIZATIONS, Topics.ACTIVITY_ACTIVITIES);
    /**
     * Records per poll of the replay. A poll's records and events live until written: at 5 000 each young collection
     * copied and promoted so many that collections paused the replay a quarter of the time (JFR); 1 000 was slower.
     */
    private static final int BATCH = 2_000;
    private static final int RECOMPUTE_CHUNK = 1_000;
    /** Transactions side by side on the rebuild tables: while PostgreSQL works on one, this JVM prepares another. */
    private static final int WRITERS = 2;
    /** Statements of a transaction that starts with this go to the rebuild tables (and, for the rest, public). */
    private static final String REBUILD_PATH = "set local search_path to rebuild, public";
    /** The steps, as the progress names them. */
    private static final String REPLAY = "replay";
    private static final String INDEXES = "indexes";
    private static final String FIGURES = "figures";
    private static final String SWITCH_OVER = "switch-over";

    private final PassportProjection projection;
    private final String bootstrap;
    private final EventCodec codec = new EventCodec();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "passport-rebuild"));
    private final ExecutorService writers = Executors.newFixedThreadPool(WRITERS, r -> new Thread(r, "passport-rebuild-writer"));
    private final ExecutorService decoder = Executors.newSingleThreadExecutor(r -> new Thread(r, "passport-rebuild-decoder"));
    private final AtomicReference<Progress> progress = new AtomicReference<>(Progress.idle());
    /** When the running step started; written by the rebuild's worker thread only. */
    private volatile Instant stepStartedAt;

    public PassportRebuild(PassportProjection projection, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap) {
        this.projection = projection;
        this.bootstrap = bootstrap;
    }

    /**
     * How a rebuild goes: state, the step running (the one that failed, if it failed), records replayed (a malformed
     * one is read and skipped) of the total known at the start, rate, and how long each finished step took. The
     * replay reaches 100 % before the figures are computed, so the step tells an admin what the rest is waiting for.
     */
    public record Progress(String state, String step, long applied, long total, double eventsPerSecond,
                           Instant startedAt, Instant finishedAt, String error, List<StepTime> steps) {

        static Progress idle() {
            return new Progress("IDLE", null, 0, 0, 0, null, null, null, List.of());
        }

        Progress with(String newState, String newStep, long newApplied, double rate, Instant finished, String failure,
                      List<StepTime> finishedSteps) {
            return new Progress(newState, newStep, newApplied, total, rate, startedAt, finished, failure, finishedSteps);
        }

        @JsonProperty
        public double percent() {
            return total == 0 ? (state.equals("DONE") ? 100 : 0) : Math.min(100, 100.0 * applied / total);
        }
    }

    /** A finished step of a rebuild and how long it took. */
    public record StepTime(String step, double seconds) {
    }

    public Progress progress(Caller caller) {
        caller.requireAny(Role.NATIONAL_ADMIN);
        return progress.get();
    }

    public Progress start(Caller caller) {
        caller.requireAny(Role.NATIONAL_ADMIN);
        Progress current = progress.get();
        if (current.state().equals("RUNNING")) {
            throw new ProblemException(Status.CONFLICT, "rebuild-running", "A rebuild is already running");
        }
        Progress started = new Progress("RUNNING", REPLAY, 0, 0, 0, Instant.now(), null, null, List.of());
        progress.set(started);
        worker.execute(this::run);
        return started;
    }

    private void run() {
        Instant startedAt = progress.get().startedAt();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, BATCH,
                // a few polls ahead, not the default 50 MB: the service's heap is 256 MB
                ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 8 * 1024 * 1024), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : SOURCES) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long total = end.values().stream().mapToLong(Long::longValue).sum()
                    - consumer.beginningOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
            progress.set(new Progress("RUNNING", REPLAY, 0, total, 0, startedAt, null, null, List.of()));
            stepStartedAt = startedAt;

            List<String> deferredIndexes = await(() -> Panache.withTransaction(() -> freshSchema()));
            ReplayedVolunteers replayed = new ReplayedVolunteers();
            long applied = replay(consumer, end, startedAt, replayed);
            Log.infof("Passport rebuild: %d events replayed in %.1f s", applied, enter(INDEXES).seconds());
            await(() -> Panache.withTransaction(() -> sql(deferredIndexes)));
            Log.infof("Passport rebuild: indexes built in %.1f s", enter(FIGURES).seconds());
            recomputeAll(replayed);
            Log.infof("Passport rebuild: figures computed in %.1f s", enter(SWITCH_OVER).seconds());
            long finalApplied = applied;
            await(() -> Panache.withTransaction(() -> sql(List.of("lock table " + String.join(", ", TABLES) + " in exclusive mode"))
                    .chain(() -> {
                        // writers are held now; what they committed before is on the topics up to here
                        Map<TopicPartition, Long> last = consumer.endOffsets(partitions);
                        return replayInTransaction(consumer, last, finalApplied, startedAt);
                    })
                    .chain(() -> sql(switchOver()))));
            Log.infof("Passport rebuild: switched over in %.1f s", enter(null).seconds());
            Progress done = progress.updateAndGet(p -> p.with("DONE", null, p.applied(), p.eventsPerSecond(),
                    Instant.now(), null, p.steps()));
            Log.infof("Passport rebuild done: %d events in %s", done.applied(), Duration.between(startedAt, done.finishedAt()));
        } catch (Throwable e) {
            Log.errorf(e, "Passport rebuild failed; the live passports are untouched");
            progress.updateAndGet(p -> p.with("FAILED", p.step(), p.applied(), p.eventsPerSecond(), Instant.now(),
                    e.getMessage(), p.steps()));
        }
    }

    /** Ends the running step (its time goes into the progress) and starts {@code next} (null: none). */
    private StepTime enter(String next) {
        Instant now = Instant.now();
        Progress current = progress.get();
        StepTime finished = new StepTime(current.step(), Duration.between(stepStartedAt, now).toMillis() / 1000.0);
        List<StepTime> steps = new ArrayList<>(current.steps());
        steps.add(finished);
        stepStartedAt = now;
        progress.updateAndGet(p -> p.with(p.state(), next, p.applied(), p.eventsPerSecond(), null, null, List.copyOf(steps)));
        return finished;
    }

    /**
     * Replays up to {@code end}, poll by poll. A poll's events are split by their subject (volunteer or organization)
     * into {@link #WRITERS} parts, written side by side, each in its own transaction on the rebuild tables: the
     * parts touch different rows, and a subject's events keep their order. The next poll is read and decoded
     * meanwhile. So PostgreSQL and this JVM work side by side.
     */
    private long replay(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end, Instant startedAt,
                        ReplayedVolunteers replayed) throws Throwable {
        long read = 0;
        List<CompletableFuture<Void>> writing = new ArrayList<>();
        while (!reached(consumer, end)) {
            Polled polled = poll(consumer, end);
            List<List<CloudEvent>> parts = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                parts.add(new ArrayList<>());
            }
            polled.events().forEach(e -> parts.get(Math.floorMod(e.data().aggregateId().hashCode(), WRITERS)).add(e));
            joined(writing);
            report(read, startedAt);
            writing.clear();
            for (List<CloudEvent> part : parts) {
                writing.add(onRebuildTables(() -> projection.recordAll(part, replayed)));
            }
            read += polled.records();
        }
        joined(writing);
        report(read, startedAt);
        return read;
    }

    /**
     * Every rebuilt passport's figures, computed once from its verified activities: a range of ids per transaction,
     * {@link #WRITERS} at a time, so that one range is computed here while PostgreSQL reads or writes the other.
     */
    private void recomputeAll(ReplayedVolunteers replayed) throws Throwable {
        List<UUID> bounds = await(() -> Panache.withSession(() -> rows(UUID.class, "select volunteer_id from (select "
                + "volunteer_id, row_number() over (order by volunteer_id) as n from rebuild.passport) as ranked where n % "
                + RECOMPUTE_CHUNK + " = 0 order by volunteer_id")));
        List<CompletableFuture<Void>> ranges = new ArrayList<>();
        for (int i = 0; i <= bounds.size(); i++) {
            UUID after = i == 0 ? null : bounds.get(i - 1);
            UUID upTo = i == bounds.size() ? null : bounds.get(i);
            ranges.add(onRebuildTables(() -> projection.recompute(after, upTo, replayed)));
        }
        joined(ranges);
    }

    /** The last stretch, inside the switch-over transaction (already on the rebuild schema's search path). */
    private Uni<Void> replayInTransaction(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end,
                                          long applied, Instant startedAt) {
        List<CloudEvent> rest = new ArrayList<>();
        long records = 0;
        while (!reached(consumer, end)) {
            Polled polled = poll(consumer, end);
            rest.addAll(polled.events());
            records += polled.records();
        }
        long read = applied + records;
        return sql(List.of(REBUILD_PATH)).chain(() -> projection.applyAll(rest))
                .invoke(() -> report(read, startedAt))
                .chain(() -> sql(List.of("set local search_path to public")));
    }

    /** The events of one poll, and how many records it read (malformed ones are read and skipped). */
    private record Polled(List<CloudEvent> events, int records) {
    }

    /** A poll's records up to {@code end}, decoded in two halves side by side (decoding is most of a replay's CPU). */
    private Polled poll(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
            if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                records.add(record);
            }
        }
        int half = records.size() / 2;
        CompletableFuture<List<CloudEvent>> second = CompletableFuture.supplyAsync(
                () -> decode(records.subList(half, records.size())), decoder);
        List<CloudEvent> events = decode(records.subList(0, half));
        events.addAll(second.join());
        return new Polled(events, records.size());
    }

    /** The records' events; a malformed record is skipped (the live consumer dead-lettered it). */
    private List<CloudEvent> decode(List<ConsumerRecord<String, byte[]>> records) {
        List<CloudEvent> events = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            Map<String, String> headers = new HashMap<>();
            record.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
            try {
                events.add(codec.decode(headers, record.value()));
            } catch (EventFormatException e) {
                Log.debugf("Rebuild skips a malformed record: %s", e.getMessage());
            }
        }
        return events;
    }

    private static boolean reached(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> target : end.entrySet()) {
            if (consumer.position(target.getKey()) < target.getValue()) {
                return false;
            }
        }
        return true;
    }

    private void report(long applied, Instant startedAt) {
        double seconds = Math.max(0.001, Duration.between(startedAt, Instant.now()).toMillis() / 1000.0);
        progress.updateAndGet(p -> p.with("RUNNING", p.step(), applied, applied / seconds, null, null, p.steps()));
    }

    /**
     * Creates the rebuild tables like the live ones, with their primary and unique keys (the replay's upserts need
     * them). Returns the statements that build their other indexes after the replay: one sorted pass each, instead
     * of millions of random insertions. Keys and indexes keep the live names, which the migrations gave them.
     */
    private static Uni<List<String>> freshSchema() {
        String live = TABLES.stream().map(t -> "'public." + t + "'::regclass").collect(Collectors.joining(", "));
        return rows(Object[].class, "select t.relname, c.conname, pg_get_constraintdef(c.oid) from pg_constraint c "
                + "join pg_class t on t.oid = c.conrelid where c.contype in ('p', 'u') and c.conrelid in (" + live + ")")
                .chain(keys -> {
                    List<String> ddl = new ArrayList<>(List.of("drop schema if exists rebuild cascade", "create schema rebuild"));
                    for (String table : TABLES) {
                        ddl.add("create table rebuild." + table + " (like public." + table + " including all excluding indexes)");
                    }
                    keys.forEach(k -> ddl.add("alter table rebuild." + k[0] + " add constraint " + k[1] + " " + k[2]));
                    // announcements made while replaying are not news: they go to a throw-away outbox
                    ddl.add("create table rebuild.outbox_event (like public.outbox_event including all)");
                    return sql(ddl);
                })
                .chain(() -> rows(String.class, "select pg_get_indexdef(i.indexrelid) from pg_index i where i.indrelid in (" + live
                        + ") and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)"))
                .map(indexes -> {
                    List<String> ddl = new ArrayList<>();
                    for (String definition : indexes) {
                        if (!definition.contains(" ON public.")) {
                            throw new IllegalStateException("Unexpected index definition: " + definition);
                        }
                        ddl.add(definition.replace(" ON public.", " ON rebuild."));
                    }
                    // the figures' computation plans its queries on the tables as they are now
                    ddl.add("analyze " + TABLES.stream().map(t -> "rebuild." + t).collect(Collectors.joining(", ")));
                    return ddl;
                });
    }

    private static List<String> switchOver() {
        List<String> ddl = new ArrayList<>();
        for (String table : TABLES) {
            ddl.add("drop table public." + table);
            ddl.add("alter table rebuild." + table + " set schema public");
        }
        ddl.add("drop schema rebuild cascade");
        return ddl;
    }

    /** Statements one by one: the reactive client prepares each, and a prepared statement holds one. */
    private static Uni<Void> sql(List<String> statements) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String statement : statements) {
            chain = chain.chain(() -> Panache.getSession()
                    .chain(session -> session.createNativeQuery(statement).executeUpdate()).replaceWithVoid());
        }
        return chain;
    }

    private static <T> Uni<List<T>> rows(Class<T> type, String query) {
        return Panache.getSession().chain(session -> session.createNativeQuery(query, type).getResultList());
    }

    private static <T> T await(Supplier<Uni<T>> work) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(work);
    }

    /** Waits for writes; the first failure is the rebuild's. */
    private static void joined(List<CompletableFuture<Void>> writes) throws Throwable {
        try {
            CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause();
        }
    }

    /** {@code work} in a transaction of its own on the rebuild tables, on a writer thread. */
    private CompletableFuture<Void> onRebuildTables(Supplier<Uni<Void>> work) {
        return CompletableFuture.runAsync(() -> {
            try {
                await(() -> Panache.withTransaction(() -> sql(List.of(REBUILD_PATH)).chain(work::get)));
            } catch (Throwable e) {
                throw new CompletionException(e);
            }
        }, writers);
    }
}
