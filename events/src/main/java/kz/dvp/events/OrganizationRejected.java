package kz.dvp.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An organization was rejected at verification.
 *
 * @param organizationId the organization's id (the record key)
 * @param region         ISO 3166-2 region code of the organization
 * @param occurredAt     time of the decision
 */
public record OrganizationRejected(
        UUID organizationId,
        String region,
        Instant occurredAt) implements DvpEvent {

    @Override
    public UUID aggregateId() {
        return organizationId;
    }
}
