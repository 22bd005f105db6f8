package kz.dvp.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A catalogue event with its CloudEvents 1.0 context attributes.
 *
 * @param id      unique event id ({@code ce_id}); consumers deduplicate on it
 * @param source  producing service as a URI reference ({@code ce_source}), e.g. {@code /dvp/activity-service}
 * @param subject aggregate id as text ({@code ce_subject}), also the Kafka record key
 * @param time    when the change happened ({@code ce_time})
 * @param data    the event record (the JSON body)
 */
public record CloudEvent(UUID id, String source, String subject, Instant time, DvpEvent data) {

    public CloudEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
    }

    /** Wraps an event produced by {@code source} with a fresh id; subject and time come from the event. */
    public static CloudEvent of(String source, DvpEvent data) {
        return new CloudEvent(Ids.next(), source, data.aggregateId().toString(), data.occurredAt(), data);
    }

    /** The catalogue entry of the data. */
    public EventType type() {
        return data.eventType();
    }
}
