package kz.dvp.platform.inbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dvp.events.CloudEvent;
import kz.dvp.events.EventCodec;
import kz.dvp.events.EventFormatException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Idempotent consumption: an event is applied in the same transaction that records its id in
 * {@code processed_event}, so a redelivered event (at-least-once) changes nothing.
 *
 * <p>Failures: a record that cannot be decoded, or that its handler rejects, fails at once, so the
 * channel's {@code dead-letter-queue} strategy moves it to {@code dvp.<service>.dlq} and consumption goes
 * on. Any other failure (database down, lock timeout) is retried with back-off and never skipped.
 */
@ApplicationScoped
public class Inbox {

    private static final Duration FIRST_RETRY = Duration.ofMillis(200);
    private static final Duration MAX_RETRY = Duration.ofSeconds(30);

    private final EventCodec codec = new EventCodec();

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
        return Panache.withTransaction(() -> firstDelivery(consumer, event)
                        .chain(first -> first ? handler.apply(event) : Uni.createFrom().voidItem()))
                .onFailure(Inbox::isTransient).retry().withBackOff(FIRST_RETRY, MAX_RETRY).indefinitely();
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
