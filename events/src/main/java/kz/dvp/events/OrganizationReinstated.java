package kz.dvp.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An organization was reinstated after a suspension and is VERIFIED again.
 *
 * @param organizationId the organization's id (the record key)
 * @param region         ISO 3166-2 region code of the organization
 * @param occurredAt     time of the decision
 */
public record OrganizationReinstated(
        UUID organizationId,
        String region,
        Instant occurredAt) implements DvpEvent {

    @Override
    public UUID aggregateId() {
        return organizationId;
    }
}
