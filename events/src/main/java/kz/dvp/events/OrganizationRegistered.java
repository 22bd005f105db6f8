package kz.dvp.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An organization registered and awaits verification. Names are public; the BIN (which for a sole
 * entrepreneur is a personal IIN) and the contact person's e-mail and phone are not carried.
 *
 * @param organizationId the organization's id (the record key)
 * @param nameKk         name in Kazakh, may be null when only a Russian name was given
 * @param nameRu         name in Russian, may be null when only a Kazakh name was given
 * @param kind           kind of body
 * @param region         ISO 3166-2 region code of the registered address
 * @param status         always {@link OrganizationStatus#PENDING_VERIFICATION}
 * @param occurredAt     registration time
 */
public record OrganizationRegistered(
        UUID organizationId,
        String nameKk,
        String nameRu,
        OrganizationKind kind,
        String region,
        OrganizationStatus status,
        Instant occurredAt) implements DvpEvent {

    @Override
    public UUID aggregateId() {
        return organizationId;
    }
}
