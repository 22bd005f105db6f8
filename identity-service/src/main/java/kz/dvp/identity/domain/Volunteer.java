package kz.dvp.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import kz.dvp.events.Sex;
import kz.dvp.events.VolunteerStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A registered volunteer. The IIN is held only as cipher text and blind index. */
@Entity
public class Volunteer {

    @Id
    public UUID id;
    @Column(name = "iin_cipher")
    public String iinCipher;
    @Column(name = "iin_key_version")
    public int iinKeyVersion;
    @Column(name = "iin_index")
    public String iinIndex;
    @Column(name = "first_name")
    public String firstName;
    @Column(name = "last_name")
    public String lastName;
    @Column(name = "middle_name")
    public String middleName;
    public String region;
    @Column(name = "birth_date")
    public LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    public Sex sex;
    public String email;
    public String phone;
    /** Comma-separated codes; exposed as lists. */
    public String skills = "";
    public String languages = "";
    @Enumerated(EnumType.STRING)
    public VolunteerStatus status;
    @Column(name = "partner_sharing")
    public boolean partnerSharing;
    @Column(name = "consent_version")
    public String consentVersion;
    @Column(name = "consented_at")
    public Instant consentedAt;
    @Column(name = "guardian_iin_cipher")
    public String guardianIinCipher;
    @Column(name = "guardian_iin_key_version")
    public Integer guardianIinKeyVersion;
    @Column(name = "guardian_full_name")
    public String guardianFullName;
    @Column(name = "guardian_phone")
    public String guardianPhone;
    @Column(name = "guardian_consented_at")
    public Instant guardianConsentedAt;
    @Column(name = "registered_by")
    public String registeredBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;

    public List<String> skillList() {
        return split(skills);
    }

    public List<String> languageList() {
        return split(languages);
    }

    public boolean hasGuardianConsent() {
        return guardianConsentedAt != null;
    }

    public static String join(List<String> codes) {
        return codes == null ? "" : String.join(",", codes);
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
    }
}
