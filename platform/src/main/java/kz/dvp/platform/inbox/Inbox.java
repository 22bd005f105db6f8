package kz.dvp.platform.inbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dvp.events.CloudEvent;
import kz.dvp.events.EventCodec;
import kz.dvp.events.EventFormatException;
import kz.dvp.platform.sql.SessionSql;
import kz.dvp.platform.sql.SqlArrays;
import kz.dvp.platform.sql.Transactions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Idempotent consumption: an event is applied in the same transaction that records its id in
 * {@code processed_event}, so a redelivered event (at-least-once) changes nothing.
 *
 * <p>Failures: a record that cannot be decoded, or that its handler rejects, fails at once, so the
 * channel's {@code dead-letter-queue} strategy moves it to {@code dvp.<service>.dlq} and consumption goes
 * on. Any other failure (database down, lock timeout) is retried with back-off and never skipped.
 *
 * <p>A batch ({@link #processBatch}) is applied in one transaction: one commit for a whole poll instead of one per
 * event. Its malformed records go to the dead-letter topic through {@link DeadLetters} before it is applied.
 */
@ApplicationScoped
public class Inbox {

    private static final Duration FIRST_RETRY = Duration.ofMillis(200);
    private static final Duration MAX_RETRY = Duration.ofSeconds(30);

    private final EventCodec codec = new EventCodec();
    private final DeadLetters deadLetters;

    public Inbox(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    /** Decodes the record and applies it once for {@code consumer}. */
    public Uni<Void> process(ConsumerRecord<String, byte[]> record, String consumer, EventHandler handler) {
        CloudEvent event;
        try {
            event = codec.decode(headers(record), record.value());
        } catch (EventFormatException e) {
            Log.warnf("Dead-lettering record %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
            return Uni.createFrom().failure(e);
        }
        return untilApplied(consumer, Vertx.currentContext(), () -> firstDelivery(consumer, event)
                .chain(first -> first ? handler.apply(event) : Uni.createFrom().voidItem()));
    }

    /**
     * Decodes the records of one poll and applies, in one transaction, those not seen before by {@code consumer},
     * in their order. Malformed records are dead-lettered first; the batch is acknowledged only after both.
     */
    public Uni<Void> processBatch(List<ConsumerRecord<String, byte[]>> records, String consumer, BatchHandler handler) {
        Map<UUID, CloudEvent> events = new LinkedHashMap<>();
        Uni<Void> deadLettered = Uni.createFrom().voidItem();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                CloudEvent event = codec.decode(headers(record), record.value());
                events.putIfAbsent(event.id(), event); // the same event twice in one poll: the first counts
            } catch (EventFormatException e) {
                Log.warnf("Dead-lettering record %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                        e.getMessage());
                deadLettered = deadLettered.chain(() -> deadLetters.send(record, e)
                        .onFailure().retry().withBackOff(FIRST_RETRY, MAX_RETRY).indefinitely());
            }
        }
        if (events.isEmpty()) {
            return deadLettered;
        }
        // the producer acknowledges on its own thread: the transaction goes back to this consumer's Vert.x context
        Context context = Vertx.currentContext();
        List<CloudEvent> decoded = List.copyOf(events.values());
        return deadLettered.chain(() -> untilApplied(consumer, context, () -> firstDeliveries(consumer, decoded)
                .chain(first -> first.isEmpty() ? Uni.createFrom().voidItem() : handler.applyAll(first))));
    }

    /**
     * The work in a transaction, tried again with back-off after a transient failure, which is logged (an operator
     * sees why a consumer lags). Each attempt is a new transaction, started on the consumer's Vert.x context: the
     * back-off timer fires on another thread.
     */
    private static Uni<Void> untilApplied(String consumer, Context context, Supplier<Uni<Void>> work) {
        Uni<Void> attempt = Uni.createFrom().deferred(() -> Transactions.withCustomPlans(work));
        if (context != null) {
            attempt = attempt.runSubscriptionOn(task -> context.runOnContext(ignored -> task.run()));
        }
        return attempt.onFailure(Inbox::isTransient).invoke(failure -> Log.warnf("%s: retrying after %s", consumer, failure))
                .onFailure(Inbox::isTransient).retry().withBackOff(FIRST_RETRY, MAX_RETRY).indefinitely();
    }

    /** Records the events as processed; returns those that were not already, in order. */
    private static Uni<List<CloudEvent>> firstDeliveries(String consumer, List<CloudEvent> events) {
        return SessionSql.select("""
                        insert into processed_event (consumer, event_id, event_type)
                        select $1, * from unnest(cast($2 as uuid[]), cast($3 as text[]))
                        on conflict do nothing returning event_id""",
                        consumer, SqlArrays.uuids(events, CloudEvent::id), SqlArrays.text(events, e -> e.type().type()))
                .map(inserted -> {
                    Set<UUID> fresh = new HashSet<>();
                    inserted.forEach(row -> fresh.add((UUID) row[0]));
                    return events.stream().filter(e -> fresh.contains(e.id())).toList();
                });
    }

    private static Uni<Boolean> firstDelivery(String consumer, CloudEvent event) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        insert into processed_event (consumer, event_id, event_type) values (?1, ?2, ?3)
                        on conflict do nothing""")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .setParameter(3, event.type().type())
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    private static boolean isTransient(Throwable failure) {
        return !(failure instanceof RejectedEventException || failure instanceof EventFormatException);
    }

    private static Map<String, String> headers(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            if (header.value() != null) {
                headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        return headers;
    }
}
