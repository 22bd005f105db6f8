package kz.dvp.identity.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kz.dvp.events.VolunteerStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StatusChange")
public record StatusChangeRequest(
        @NotNull @Schema(example = "SUSPENDED") VolunteerStatus status,
        @NotBlank @Size(max = 500) @Schema(example = "Fraud investigation FO-71-2026-114") String reason) {
}
