package kz.dvp.identity.rest.dto;

import kz.dvp.platform.rest.Patterns;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Registration of a volunteer by an operator, a national admin, or the volunteer (with a password). */
@Schema(name = "RegisterVolunteer")
public record RegisterVolunteerRequest(
        @NotBlank @Schema(example = "900101300017", description = "12-digit IIN; birth date and sex are read from it") String iin,
        @NotBlank @Size(max = 100) @Pattern(regexp = Patterns.PERSON_NAME, message = "must be letters of one script") @Schema(example = "Айгүл") String firstName,
        @NotBlank @Size(max = 100) @Pattern(regexp = Patterns.PERSON_NAME, message = "must be letters of one script") @Schema(example = "Сейітова") String lastName,
        @Size(max = 100) @Pattern(regexp = Patterns.PERSON_NAME, message = "must be letters of one script") @Schema(example = "Болатқызы") String middleName,
        @NotBlank @Pattern(regexp = Patterns.REGION, message = "must be an ISO 3166-2 code like KZ-71") @Schema(example = "KZ-71") String region,
        @Email @Size(max = 254) @Schema(example = "aigul@example.kz") String email,
        @Pattern(regexp = Patterns.PHONE, message = "must be +7 followed by 10 digits") @Schema(example = "+77011234567") String phone,
        @Size(max = 30) List<@NotNull @Pattern(regexp = Patterns.SKILL, message = "must be a lowercase code") String> skills,
        @Size(max = 10) List<@NotNull @Pattern(regexp = Patterns.LANGUAGE, message = "must be an ISO 639-1 code") String> languages,
        @NotNull @Valid Consent consent,
        @Valid Guardian guardian,
        @Size(min = 10, max = 128) @Schema(description = "Self-registration only: the password of the new VOLUNTEER account") String password,
        @Schema(description = "Whether partners (universities, employers) may read the passport", defaultValue = "false") Boolean partnerSharing) {

    /** Consent to the processing of personal data, for the version of the consent text shown. */
    @Schema(name = "Consent")
    public record Consent(@NotNull Boolean accepted,
                          @NotBlank @Size(max = 40) @Schema(example = "2026-01") String version) {
    }

    /** Required under 18: the guardian and their consent. */
    @Schema(name = "Guardian")
    public record Guardian(
            @NotBlank @Schema(example = "750512400021") String iin,
            @NotBlank @Size(max = 200) @Pattern(regexp = Patterns.PERSON_NAME, message = "must be letters of one script") @Schema(example = "Сейітов Болат") String fullName,
            @NotBlank @Pattern(regexp = Patterns.PHONE, message = "must be +7 followed by 10 digits") @Schema(example = "+77017654321") String phone,
            @NotNull Boolean consent) {
    }
}
