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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Rebuilds every passport from the first offset of the identity, org and activity topics into fresh tables (the
 * {@code rebuild} schema), with the very projection code that maintains them live, then switches over:
 * <ol>
 *   <li>replay to the topics' current end into {@code rebuild.*}: each activity's latest status and the
 *       volunteers' details, then every passport's figures computed once from its verified activities (not once
 *       per batch, as live);</li>
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
    private static final int BATCH = 5_000;
    private static final int RECOMPUTE_CHUNK = 1_000;

    private final PassportProjection projection;
    private final String bootstrap;
    private final EventCodec codec = new EventCodec();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "passport-rebuild"));
    private final AtomicReference<Progress> progress = new AtomicReference<>(Progress.idle());

    public PassportRebuild(PassportProjection projection, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap) {
        this.projection = projection;
        this.bootstrap = bootstrap;
    }

    /**
     * How a rebuild goes: state, records replayed (a malformed one is read and skipped) of the total known at the
     * start, rate.
     */
    public record Progress(String state, long applied, long total, double eventsPerSecond, Instant startedAt,
                           Instant finishedAt, String error) {

        static Progress idle() {
            return new Progress("IDLE", 0, 0, 0, null, null, null);
        }

        @JsonProperty
        public double percent() {
            return total == 0 ? (state.equals("DONE") ? 100 : 0) : Math.min(100, 100.0 * applied / total);
        }
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
        Progress started = new Progress("RUNNING", 0, 0, 0, Instant.now(), null, null);
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
            progress.set(new Progress("RUNNING", 0, total, 0, startedAt, null, null));

            await(() -> Panache.withTransaction(() -> sql(freshSchema())));
            long applied = replay(consumer, end, startedAt, total);
            recomputeAll();
            long finalApplied = applied;
            await(() -> Panache.withTransaction(() -> sql(List.of("lock table " + String.join(", ", TABLES) + " in exclusive mode"))
                    .chain(() -> {
                        // writers are held now; what they committed before is on the topics up to here
                        Map<TopicPartition, Long> last = consumer.endOffsets(partitions);
                        return replayInTransaction(consumer, last, finalApplied, startedAt, total);
                    })
                    .chain(() -> sql(switchOver()))));
            Log.infof("Passport rebuild done: %d events in %s", progress.get().applied(),
                    Duration.between(startedAt, Instant.now()));
            Progress done = progress.get();
            progress.set(new Progress("DONE", done.applied(), done.total(), done.eventsPerSecond(), startedAt,
                    Instant.now(), null));
        } catch (Throwable e) {
            Log.errorf(e, "Passport rebuild failed; the live passports are untouched");
            Progress failed = progress.get();
            progress.set(new Progress("FAILED", failed.applied(), failed.total(), failed.eventsPerSecond(), startedAt,
                    Instant.now(), e.getMessage()));
        }
    }

    /** Replays up to {@code end}, batch by batch, each batch in its own transaction on the rebuild tables. */
    private long replay(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end, Instant startedAt,
                        long total) throws Throwable {
        long count = 0;
        while (!reached(consumer, end)) {
            Polled polled = poll(consumer, end);
            List<CloudEvent> batch = polled.events();
            count += polled.records();
            if (!batch.isEmpty()) {
                await(() -> Panache.withTransaction(() -> sql(List.of("set local search_path to rebuild, public"))
                        .chain(() -> projection.recordAll(batch))));
                report(count, startedAt, total);
            }
        }
        return count;
    }

    /** Every rebuilt passport's figures, computed once from its verified activities, a chunk per transaction. */
    private void recomputeAll() throws Throwable {
        AtomicReference<UUID> after = new AtomicReference<>();
        do {
            await(() -> Panache.withTransaction(() -> sql(List.of("set local search_path to rebuild, public"))
                    .chain(() -> projection.recomputeAfter(after.get(), RECOMPUTE_CHUNK)).invoke(after::set)
                    .replaceWithVoid()));
        } while (after.get() != null);
    }

    /** The last stretch, inside the switch-over transaction (already on the rebuild schema's search path). */
    private Uni<Void> replayInTransaction(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end,
                                          long applied, Instant startedAt, long total) {
        List<CloudEvent> rest = new ArrayList<>();
        long records = 0;
        while (!reached(consumer, end)) {
            Polled polled = poll(consumer, end);
            rest.addAll(polled.events());
            records += polled.records();
        }
        long read = applied + records;
        return sql(List.of("set local search_path to rebuild, public")).chain(() -> projection.applyAll(rest))
                .invoke(() -> report(read, startedAt, total))
                .chain(() -> sql(List.of("set local search_path to public")));
    }

    /** The events of one poll, and how many records it read (malformed ones are read and skipped). */
    private record Polled(List<CloudEvent> events, int records) {
    }

    private Polled poll(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
        List<CloudEvent> batch = new ArrayList<>();
        int records = 0;
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
            TopicPartition partition = new TopicPartition(record.topic(), record.partition());
            if (record.offset() >= end.get(partition)) {
                continue;
            }
            records++;
            Map<String, String> headers = new HashMap<>();
            record.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
            try {
                batch.add(codec.decode(headers, record.value()));
            } catch (EventFormatException e) {
                // the live consumer dead-lettered it too
                Log.debugf("Rebuild skips a malformed record: %s", e.getMessage());
            }
        }
        return new Polled(batch, records);
    }

    private static boolean reached(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> target : end.entrySet()) {
            if (consumer.position(target.getKey()) < target.getValue()) {
                return false;
            }
        }
        return true;
    }

    private void report(long applied, Instant startedAt, long total) {
        double seconds = Math.max(0.001, Duration.between(startedAt, Instant.now()).toMillis() / 1000.0);
        progress.set(new Progress("RUNNING", applied, total, applied / seconds, startedAt, null, null));
    }

    private static List<String> freshSchema() {
        List<String> ddl = new ArrayList<>(List.of("drop schema if exists rebuild cascade", "create schema rebuild"));
        for (String table : TABLES) {
            ddl.add("create table rebuild." + table + " (like public." + table + " including all)");
        }
        // announcements made while replaying are not news: they go to a throw-away outbox
        ddl.add("create table rebuild.outbox_event (like public.outbox_event including all)");
        return ddl;
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

    private static void await(java.util.function.Supplier<Uni<Void>> work) throws Throwable {
        VertxContextSupport.subscribeAndAwait(work);
    }
}
