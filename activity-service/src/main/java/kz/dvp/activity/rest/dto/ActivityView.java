package kz.dvp.activity.rest.dto;

import kz.dvp.activity.domain.Activity;
import kz.dvp.events.ActivityMethod;
import kz.dvp.events.ActivityStatus;
import kz.dvp.events.Category;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@Schema(name = "Activity")
public record ActivityView(UUID id, UUID volunteerId, UUID organizationId, UUID projectId, String programCode,
                           Category category, String region, Instant start, Instant end,
                           @Schema(example = "4.5") BigDecimal hours, String description, String evidenceUrl,
                           ActivityMethod method, ActivityStatus status, Instant createdAt, Instant updatedAt) {

    public static ActivityView of(Activity a) {
        return new ActivityView(a.id, a.volunteerId, a.organizationId, a.projectId, a.programCode, a.category, a.region,
                a.startedAt, a.endedAt, a.hours, a.description, a.evidenceUrl, a.method, a.status, a.createdAt, a.updatedAt);
    }
}
