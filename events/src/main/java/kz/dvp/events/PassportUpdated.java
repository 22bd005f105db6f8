package kz.dvp.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A passport's figures changed. Pseudonymous: for national dashboards and partners.
 *
 * @param volunteerId        the volunteer (the record key; the topic may be compacted to the latest figures)
 * @param region             ISO 3166-2 region code
 * @param birthYear          year of birth
 * @param totalHours         total verified hours
 * @param verifiedActivities number of verified activities
 * @param level              current level code, null before the first verified hour
 * @param occurredAt         time of the change
 */
public record PassportUpdated(
        UUID volunteerId,
        String region,
        int birthYear,
        BigDecimal totalHours,
        int verifiedActivities,
        String level,
        Instant occurredAt) implements DvpEvent {

    @Override
    public UUID aggregateId() {
        return volunteerId;
    }
}
