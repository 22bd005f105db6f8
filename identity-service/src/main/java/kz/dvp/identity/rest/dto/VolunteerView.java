package kz.dvp.identity.rest.dto;

import kz.dvp.events.Sex;
import kz.dvp.events.VolunteerStatus;
import kz.dvp.identity.domain.Volunteer;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A volunteer as the API shows them: the IIN masked, never whole. */
@Schema(name = "Volunteer")
public record VolunteerView(
        UUID id,
        @Schema(example = "********0017") String iin,
        String firstName, String lastName, String middleName,
        @Schema(example = "KZ-71") String region,
        LocalDate birthDate, Sex sex, String email, String phone,
        List<String> skills, List<String> languages,
        VolunteerStatus status, boolean partnerSharing, boolean guardianConsent,
        String consentVersion, Instant consentedAt, Instant createdAt, Instant updatedAt) {

    public static VolunteerView of(Volunteer v, String maskedIin) {
        return new VolunteerView(v.id, maskedIin, v.firstName, v.lastName, v.middleName, v.region, v.birthDate, v.sex,
                v.email, v.phone, v.skillList(), v.languageList(), v.status, v.partnerSharing, v.hasGuardianConsent(),
                v.consentVersion, v.consentedAt, v.createdAt, v.updatedAt);
    }
}
