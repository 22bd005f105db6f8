package kz.dvp.org.rest.dto;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.dvp.events.OrganizationKind;
import kz.dvp.platform.rest.Patterns;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegisterOrganization")
public record RegisterOrganizationRequest(
        @NotBlank @Schema(example = "210340012342", description = "12-digit BIN") String bin,
        @Size(min = 1, max = 300) @Schema(example = "«Жас ағаш» қоғамдық қоры", description = "Kazakh name; nameKk or nameRu is required") String nameKk,
        @Size(min = 1, max = 300) @Schema(example = "Общественный фонд «Жас ағаш»") String nameRu,
        @NotBlank @Size(max = 100) @Schema(example = "Общественный фонд") String legalForm,
        @NotNull @Schema(example = "NGO") OrganizationKind kind,
        @NotBlank @Pattern(regexp = Patterns.REGION, message = "must be an ISO 3166-2 code like KZ-71") @Schema(example = "KZ-71") String region,
        @NotBlank @Size(max = 500) @Schema(example = "Астана, Мәңгілік Ел даңғылы, 8") String address,
        @NotBlank @Email @Size(max = 254) @Schema(example = "info@zhasagash.kz") String contactEmail,
        @NotBlank @Pattern(regexp = Patterns.PHONE, message = "must be +7 followed by 10 digits") @Schema(example = "+77172123456") String contactPhone) {
}
