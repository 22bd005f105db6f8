package kz.dvp.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A project was closed; no activity after its closing can be recorded.
 *
 * @param organizationId the owning organization (the record key)
 * @param projectId      the project's id
 * @param occurredAt     closing time
 */
public record ProjectClosed(
        UUID organizationId,
        UUID projectId,
        Instant occurredAt) implements DvpEvent {

    @Override
    public UUID aggregateId() {
        return organizationId;
    }
}
