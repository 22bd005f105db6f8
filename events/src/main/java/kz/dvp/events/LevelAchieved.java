package kz.dvp.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A volunteer reached a new level.
 *
 * @param volunteerId the volunteer (the record key)
 * @param region      ISO 3166-2 region code
 * @param level       the level reached
 * @param totalHours  total verified hours when it was reached
 * @param occurredAt  time it was reached
 */
public record LevelAchieved(
        UUID volunteerId,
        String region,
        String level,
        BigDecimal totalHours,
        Instant occurredAt) implements DvpEvent {

    @Override
    public UUID aggregateId() {
        return volunteerId;
    }
}
