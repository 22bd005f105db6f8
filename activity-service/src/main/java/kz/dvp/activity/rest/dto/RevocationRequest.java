package kz.dvp.activity.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record RevocationRequest(@NotBlank @Size(max = 1000) @Schema(example = "Fraud: event did not take place") String reason) {
}
