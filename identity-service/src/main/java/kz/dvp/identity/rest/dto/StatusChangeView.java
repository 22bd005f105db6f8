package kz.dvp.identity.rest.dto;

import kz.dvp.events.VolunteerStatus;
import kz.dvp.identity.domain.VolunteerStatusChange;

import java.time.Instant;

public record StatusChangeView(VolunteerStatus fromStatus, VolunteerStatus toStatus, String reason, String changedBy,
                               Instant changedAt) {

    public static StatusChangeView of(VolunteerStatusChange c) {
        return new StatusChangeView(c.fromStatus, c.toStatus, c.reason, c.changedBy, c.changedAt);
    }
}
