package kz.dvp.org.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Suspension")
public record SuspensionRequest(
        @NotNull @Schema(example = "SUSPEND") Action action,
        @NotBlank @Size(max = 1000) @Schema(example = "Hours confirmed for events that did not take place") String reason) {

    public enum Action { SUSPEND, REINSTATE }
}
