package kz.dvp.identity.rest.dto;

import kz.dvp.platform.rest.Patterns;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A partial update (JSON merge patch): absent fields stay as they are. IIN, birth date and sex never change. */
@Schema(name = "UpdateVolunteer")
public record UpdateVolunteerRequest(
        @Size(min = 1, max = 100) @Pattern(regexp = Patterns.PERSON_NAME, message = "must be letters of one script") String firstName,
        @Size(min = 1, max = 100) @Pattern(regexp = Patterns.PERSON_NAME, message = "must be letters of one script") String lastName,
        @Size(max = 100) @Pattern(regexp = Patterns.PERSON_NAME, message = "must be letters of one script") String middleName,
        @Pattern(regexp = Patterns.REGION, message = "must be an ISO 3166-2 code like KZ-71") @Schema(description = "A region move") String region,
        @Email @Size(max = 254) String email,
        @Pattern(regexp = Patterns.PHONE, message = "must be +7 followed by 10 digits") String phone,
        @Size(max = 30) List<@NotNull @Pattern(regexp = Patterns.SKILL, message = "must be a lowercase code") String> skills,
        @Size(max = 10) List<@NotNull @Pattern(regexp = Patterns.LANGUAGE, message = "must be an ISO 639-1 code") String> languages,
        Boolean partnerSharing,
        @Valid RegisterVolunteerRequest.Guardian guardian) {
}
