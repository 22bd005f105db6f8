package kz.dvp.activity.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.dvp.events.ActivityMethod;
import kz.dvp.platform.rest.Patterns;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** Hours to record. Hours are computed from the interval (to the nearest quarter hour), never typed. */
@Schema(name = "SubmitActivity")
public record SubmitActivityRequest(
        @NotNull UUID volunteerId,
        @NotNull UUID projectId,
        @NotNull @Schema(example = "2026-05-01T04:00:00Z") Instant start,
        @NotNull @Schema(example = "2026-05-01T08:30:00Z") Instant end,
        @NotBlank @Size(max = 2000) @Schema(example = "Planted 40 saplings on the green belt") String description,
        @Size(max = 500) @Pattern(regexp = "^https://\\S+$", message = "must be an https:// link") String evidenceUrl,
        @NotNull @Schema(description = "SELF_REPORT by the volunteer, COORDINATOR by a coordinator; CHECK_IN comes from check-outs")
        ActivityMethod method,
        @Pattern(regexp = Patterns.REGION, message = "must be an ISO 3166-2 code like KZ-71")
        @Schema(description = "Where it took place, if the project runs in several regions") String region) {
}
