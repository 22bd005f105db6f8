package kz.dvp.passport.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dvp.platform.problem.ProblemException;
import kz.dvp.platform.time.Today;

import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Checks a passport credential as a relying party would: our signature (any published key, so rotation keeps
 * old credentials valid), then revocation on the status list, then expiry; and summarizes what it claims.
 */
@ApplicationScoped
public class CredentialVerification {

    /** What a verification concludes. */
    public enum Outcome { VALID, INVALID_SIGNATURE, EXPIRED, REVOKED }

    /** The outcome and, when the signature holds, what the credential says. */
    public record Result(Outcome result, String detail, Summary subject, Instant issuedAt, Instant expiresAt,
                         Instant revokedAt, String revocationReason) {
    }

    /** The credential's claims about its holder, nothing personal. */
    public record Summary(String passportNumber, String region, String level, String achievement, String totalHours,
                          List<String> tags) {
    }

    private final IssuerKeys keys;
    private final Pool pool;
    private final Today today;

    public CredentialVerification(IssuerKeys keys, Pool pool, Today today) {
        this.keys = keys;
        this.pool = pool;
        this.today = today;
    }

    public Uni<Result> verify(String compact) {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(compact.strip());
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException | RuntimeException e) {
            throw ProblemException.unprocessable("credential-malformed", "The credential is not a compact JWS (VC-JWT)");
        }
        if (!signedByIssuer(jwt, keys)) {
            return Uni.createFrom().item(new Result(Outcome.INVALID_SIGNATURE,
                    "Not signed by a key of this issuer (" + keys.did() + ")", null, null, null, null, null));
        }
        Summary summary = summary(claims);
        Instant issuedAt = claims.getIssueTime() == null ? null : claims.getIssueTime().toInstant();
        Instant expiresAt = claims.getExpirationTime() == null ? null : claims.getExpirationTime().toInstant();
        UUID id = credentialId(claims.getJWTID());
        return pool.preparedQuery("select revoked_at, revocation_reason from issued_credential where credential_id = $1")
                .execute(Tuple.of(id)).map(rows -> {
                    Row row = rows.iterator().hasNext() ? rows.iterator().next() : null;
                    if (row != null && row.getOffsetDateTime("revoked_at") != null) {
                        return new Result(Outcome.REVOKED, "Revoked by the issuer", summary, issuedAt, expiresAt,
                                row.getOffsetDateTime("revoked_at").toInstant(), row.getString("revocation_reason"));
                    }
                    if (expiresAt == null || !expiresAt.isAfter(today.now())) {
                        return new Result(Outcome.EXPIRED, "Expired at " + expiresAt, summary, issuedAt, expiresAt,
                                null, null);
                    }
                    return new Result(Outcome.VALID, "Signed by " + keys.did() + ", not revoked, not expired", summary,
                            issuedAt, expiresAt, null, null);
                });
    }

    /** ES256 by a key this issuer publishes (current or earlier), named as did#kid in the header. */
    static boolean signedByIssuer(SignedJWT jwt, IssuerKeys keys) {
        String kid = jwt.getHeader().getKeyID();
        String prefix = keys.did() + "#";
        if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm()) || kid == null || !kid.startsWith(prefix)) {
            return false;
        }
        Optional<ECKey> key = keys.byId(kid.substring(prefix.length()));
        try {
            return key.isPresent() && jwt.verify(new ECDSAVerifier(key.get().toECPublicKey()));
        } catch (JOSEException e) {
            return false;
        }
    }

    private static UUID credentialId(String jti) {
        try {
            return UUID.fromString(jti.replaceFirst("^urn:uuid:", ""));
        } catch (RuntimeException e) {
            return new UUID(0, 0);
        }
    }

    @SuppressWarnings("unchecked")
    private static Summary summary(JWTClaimsSet claims) {
        Map<String, Object> subject = (Map<String, Object>) claims.getClaim("credentialSubject");
        if (subject == null) {
            return null;
        }
        String number = null;
        for (Object identifier : (List<Object>) subject.getOrDefault("identifier", List.of())) {
            Map<String, Object> id = (Map<String, Object>) identifier;
            if ("identifier".equals(id.get("identityType"))) {
                number = (String) id.get("identityHash");
            }
        }
        Map<String, Object> achievement = (Map<String, Object>) subject.getOrDefault("achievement", Map.of());
        String achievementId = (String) achievement.get("id");
        return new Summary(number, (String) subject.get("region"),
                achievementId == null ? null : achievementId.substring(achievementId.lastIndexOf('/') + 1),
                (String) achievement.get("name"), (String) subject.get("creditsEarned"),
                (List<String>) achievement.getOrDefault("tag", List.of()));
    }
}
