package kz.dvp.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A volunteer was registered. Carries no IIN, names or contacts.
 *
 * @param volunteerId     the volunteer's id (the record key)
 * @param region          ISO 3166-2 region code, e.g. {@code KZ-71}
 * @param birthYear       year of birth (derived from the IIN)
 * @param sex             sex (derived from the IIN)
 * @param status          status after registration
 * @param guardianConsent whether a guardian's consent is on record (required under 18)
 * @param partnerSharing  whether partners may read the volunteer's passport
 * @param skills          skill codes
 * @param languages       ISO 639-1 language codes
 * @param adultOn         the day the volunteer turns 18, only for volunteers registered under 18 (null for
 *                        adults), so that age rules can be applied on any activity date
 * @param occurredAt      registration time
 */
public record VolunteerRegistered(
        UUID volunteerId,
        String region,
        int birthYear,
        Sex sex,
        VolunteerStatus status,
        boolean guardianConsent,
        boolean partnerSharing,
        List<String> skills,
        List<String> languages,
        LocalDate adultOn,
        Instant occurredAt) implements DvpEvent {

    @Override
    public UUID aggregateId() {
        return volunteerId;
    }
}
