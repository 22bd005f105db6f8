package kz.dvp.org.rest.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.dvp.events.Category;
import kz.dvp.platform.rest.Patterns;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Set;

@Schema(name = "PublishProject")
public record PublishProjectRequest(
        @NotBlank @Size(max = 300) @Schema(example = "Астана жасыл белдеуі 2026") String name,
        @NotBlank @Size(max = 5000) @Schema(example = "Planting 5 000 saplings along the green belt") String description,
        @NotNull @Schema(example = "ECOLOGY") Category category,
        @Schema(example = "ZHAS_AGASH", description = "A national programme code (GET /api/v1/programs)") String programCode,
        @NotEmpty @Size(max = 20) Set<@NotNull @Pattern(regexp = Patterns.REGION, message = "must be an ISO 3166-2 code like KZ-71") String> regions,
        @NotNull @Schema(example = "2026-04-15") LocalDate startDate,
        @Schema(example = "2026-10-31") LocalDate endDate,
        @NotNull @Schema(description = "Never true for EMERGENCY") Boolean minorsAllowed,
        @NotNull @Min(1) @Max(24) @Schema(example = "8") Integer maxHoursPerDay) {
}
