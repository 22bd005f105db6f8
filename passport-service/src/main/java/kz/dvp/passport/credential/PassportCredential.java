package kz.dvp.passport.credential;

import kz.dvp.passport.domain.Level;
import kz.dvp.passport.domain.Passport;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The passport as a W3C Verifiable Credential 2.0 of type OpenBadgeCredential (Open Badges 3.0): the achievement
 * is the level reached, {@code creditsEarned} the verified hours, the tags the national programmes and badges;
 * the holder is named by the passport number and a salted hash of the IIN, never the IIN.
 */
public record PassportCredential(UUID id, String issuerDid, String issuerName, URI publicUrl, Passport passport,
                                 Level level, List<String> programmes, String identityHash, String salt, long statusIndex,
                                 Instant issuedAt, Instant expiresAt) {

    public static final List<String> CONTEXT = List.of("https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");

    public Map<String, Object> toJson() {
        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("@context", CONTEXT);
        vc.put("id", "urn:uuid:" + id);
        vc.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        vc.put("issuer", Map.of("id", issuerDid, "type", List.of("Profile"), "name", issuerName,
                "url", publicUrl.toString()));
        vc.put("name", "Volunteer passport " + passport.passportNumber);
        vc.put("validFrom", issuedAt.toString());
        vc.put("validUntil", expiresAt.toString());
        vc.put("credentialSubject", subject());
        vc.put("credentialStatus", status());
        return vc;
    }

    private Map<String, Object> subject() {
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("type", List.of("AchievementSubject"));
        subject.put("identifier", List.of(
                Map.of("type", "IdentityObject", "identityType", "nationalIdentityNumber", "hashed", true,
                        "identityHash", identityHash, "salt", salt),
                Map.of("type", "IdentityObject", "identityType", "identifier", "hashed", false,
                        "identityHash", passport.passportNumber)));
        subject.put("achievement", achievement());
        subject.put("creditsEarned", passport.totalHours.stripTrailingZeros().toPlainString());
        subject.put("activityStartDate", passport.firstActivityOn == null ? null : passport.firstActivityOn.toString());
        subject.put("activityEndDate", passport.lastActivityOn == null ? null : passport.lastActivityOn.toString());
        subject.put("region", passport.region);
        subject.values().removeIf(v -> v == null);
        return subject;
    }

    private Map<String, Object> achievement() {
        Map<String, Object> achievement = new LinkedHashMap<>();
        String code = level == null ? "VOLUNTEER" : level.code();
        achievement.put("id", publicUrl.resolve("/public/achievements/" + code).toString());
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", "Achievement");
        achievement.put("name", level == null ? "Registered volunteer" : level.nameEn());
        achievement.put("description", "Verified volunteer service recorded in the Digital Volunteer Passport: "
                + passport.totalHours.stripTrailingZeros().toPlainString() + " hours in " + passport.verifiedActivities
                + " activities.");
        BigDecimal threshold = level == null ? BigDecimal.ZERO : level.threshold();
        achievement.put("criteria", Map.of("narrative", "At least " + threshold.stripTrailingZeros().toPlainString()
                + " verified volunteer hours"));
        achievement.put("tag", programmes);
        return achievement;
    }

    private Map<String, Object> status() {
        String list = publicUrl.resolve("/public/credentials/status/" + StatusList.listOf(statusIndex)).toString();
        return Map.of("id", list + "#" + StatusList.positionOf(statusIndex), "type", "BitstringStatusListEntry",
                "statusPurpose", "revocation", "statusListIndex", String.valueOf(StatusList.positionOf(statusIndex)),
                "statusListCredential", list);
    }
}
