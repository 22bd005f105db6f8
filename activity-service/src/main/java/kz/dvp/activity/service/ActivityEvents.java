package kz.dvp.activity.service;

import jakarta.enterprise.context.ApplicationScoped;
import kz.dvp.activity.domain.Activity;
import kz.dvp.activity.domain.ActivityTransition;
import kz.dvp.events.ActivityMethod;
import kz.dvp.events.ActivityRejected;
import kz.dvp.events.ActivityRevoked;
import kz.dvp.events.ActivityStatus;
import kz.dvp.events.ActivitySubmitted;
import kz.dvp.events.ActivityVerified;
import kz.dvp.events.Category;
import kz.dvp.events.DvpEvent;
import kz.dvp.events.Ids;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The events and history rows of an activity's workflow. */
@ApplicationScoped
public class ActivityEvents {

    /** The shape shared by the four activity events (their record constructors). */
    @FunctionalInterface
    interface Factory {
        DvpEvent of(UUID activityId, UUID volunteerId, UUID organizationId, UUID projectId, String programCode,
                    Category category, String region, Instant startedAt, Instant endedAt, BigDecimal hours,
                    ActivityMethod method, ActivityStatus status, Instant occurredAt);
    }

    public DvpEvent submitted(Activity a) {
        return event(a, ActivitySubmitted::new);
    }

    /** The event announcing the activity's current status. */
    public DvpEvent forStatus(Activity a) {
        return switch (a.status) {
            case SUBMITTED -> event(a, ActivitySubmitted::new);
            case VERIFIED -> event(a, ActivityVerified::new);
            case REJECTED -> event(a, ActivityRejected::new);
            case REVOKED -> event(a, ActivityRevoked::new);
        };
    }

    private static DvpEvent event(Activity a, Factory factory) {
        return factory.of(a.id, a.volunteerId, a.organizationId, a.projectId, a.programCode, a.category, a.region,
                a.startedAt, a.endedAt, a.hours, a.method, a.status, a.updatedAt);
    }

    static ActivityTransition transition(Activity a, ActivityStatus from, ActivityStatus to, String reason, String actor,
                                         Instant at) {
        ActivityTransition t = new ActivityTransition();
        t.id = Ids.next();
        t.activityId = a.id;
        t.fromStatus = from;
        t.toStatus = to;
        t.reason = reason;
        t.actor = actor;
        t.at = at;
        return t;
    }
}
