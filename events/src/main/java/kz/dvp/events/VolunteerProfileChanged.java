package kz.dvp.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A volunteer's non-personal profile changed: region move, sharing choice, guardian consent, skills or languages.
 * Carries the full new state of these fields, so a consumer can upsert it.
 *
 * @param volunteerId     the volunteer's id (the record key)
 * @param region          ISO 3166-2 region code after the change
 * @param guardianConsent whether a guardian's consent is on record
 * @param partnerSharing  whether partners may read the volunteer's passport
 * @param skills          skill codes
 * @param languages       ISO 639-1 language codes
 * @param occurredAt      time of the change
 */
public record VolunteerProfileChanged(
        UUID volunteerId,
        String region,
        boolean guardianConsent,
        boolean partnerSharing,
        List<String> skills,
        List<String> languages,
        Instant occurredAt) implements DvpEvent {

    @Override
    public UUID aggregateId() {
        return volunteerId;
    }
}
