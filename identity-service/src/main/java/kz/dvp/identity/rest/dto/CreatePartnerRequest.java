package kz.dvp.identity.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Set;

@Schema(name = "CreatePartner")
public record CreatePartnerRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Al-Farabi Kazakh National University") String name,
        @NotEmpty @Size(max = 10) Set<@NotNull @Pattern(regexp = "^[a-z]+\\.[a-z]+$", message = "must look like passport.read") String> scopes) {
}
