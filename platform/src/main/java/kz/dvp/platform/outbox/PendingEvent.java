package kz.dvp.platform.outbox;

import java.time.Instant;
import java.util.UUID;

/** An outbox row as the relay reads it. */
public record PendingEvent(UUID id, long seq, UUID aggregateId, String topic, String eventType, String source,
                           Instant occurredAt, String payload) {
}
