package kz.dvp.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A volunteer's status changed (suspension, reinstatement, death, archiving). The free-text reason stays in
 * identity-service, since it may name people.
 *
 * @param volunteerId    the volunteer's id (the record key)
 * @param previousStatus status before the change
 * @param status         status after the change
 * @param occurredAt     time of the change
 */
public record VolunteerStatusChanged(
        UUID volunteerId,
        VolunteerStatus previousStatus,
        VolunteerStatus status,
        Instant occurredAt) implements DvpEvent {

    @Override
    public UUID aggregateId() {
        return volunteerId;
    }
}
