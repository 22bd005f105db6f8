package kz.dvp.identity.rest.dto;

import kz.dvp.platform.rest.Patterns;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.dvp.platform.security.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "CreateAccount")
public record CreateAccountRequest(
        @NotBlank @Pattern(regexp = "^[a-z][a-z0-9._-]{2,63}$", message = "must be 3-64 lowercase letters, digits, . _ -") @Schema(example = "operator.kz71") String username,
        @NotBlank @Size(min = 10, max = 128) String password,
        @NotNull @Schema(example = "REGIONAL_OPERATOR") Role role,
        @Pattern(regexp = Patterns.REGION, message = "must be an ISO 3166-2 code like KZ-71") @Schema(description = "Required for REGIONAL_OPERATOR") String region,
        @Schema(description = "Required for ORG_COORDINATOR") UUID organizationId) {
}
