package kz.dvp.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * What every activity event carries: the activity as it stands after the event. Consumers that only need the
 * latest status of each activity can treat the four activity events alike through this view.
 */
public interface ActivityEvent extends DvpEvent {

    UUID activityId();

    UUID volunteerId();

    UUID organizationId();

    UUID projectId();

    String programCode();

    Category category();

    String region();

    Instant startedAt();

    Instant endedAt();

    BigDecimal hours();

    ActivityMethod method();

    ActivityStatus status();
}
