package kz.dvp.org.rest.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VerificationDecision")
public record DecisionRequest(
        @NotNull @Schema(example = "VERIFIED") Decision decision,
        @Size(max = 1000) @Schema(description = "Required when rejecting", example = "Documents match the state register") String reason) {

    public enum Decision { VERIFIED, REJECTED }
}
