package kz.dvp.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An event of the Digital Volunteer Passport. Implemented only by the records of this package.
 */
public interface DvpEvent {

    /** Id of the aggregate the event belongs to; it is the Kafka record key, so one aggregate keeps its order. */
    UUID aggregateId();

    /** When the change happened (UTC). */
    Instant occurredAt();

    /** The catalogue entry of this event: CloudEvents type, topic and schema. */
    default EventType eventType() {
        return EventType.of(getClass());
    }
}
