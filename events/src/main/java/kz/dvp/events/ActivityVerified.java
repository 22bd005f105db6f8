package kz.dvp.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An activity was verified; its hours count in the passport.
 *
 * @param activityId     the activity's id
 * @param volunteerId    the volunteer (the record key, so one passport's events stay in order)
 * @param organizationId organization running the project
 * @param projectId      the project
 * @param programCode    national programme code, null when outside a programme
 * @param category       the project's field of volunteering
 * @param region         ISO 3166-2 code of the region where the activity took place
 * @param startedAt      start of the activity
 * @param endedAt        end of the activity
 * @param hours          hours computed from the interval, in steps of 0.25
 * @param method         how it was recorded
 * @param status         status after this event
 * @param occurredAt     time of the event
 */
public record ActivityVerified(
        UUID activityId,
        UUID volunteerId,
        UUID organizationId,
        UUID projectId,
        String programCode,
        Category category,
        String region,
        Instant startedAt,
        Instant endedAt,
        BigDecimal hours,
        ActivityMethod method,
        ActivityStatus status,
        Instant occurredAt) implements ActivityEvent {

    @Override
    public UUID aggregateId() {
        return volunteerId;
    }
}
