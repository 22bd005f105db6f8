package kz.dvp.platform.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import kz.dvp.platform.security.Claims;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/**
 * Access tokens for the tests of services that verify, but do not issue, tokens: signed with the test key
 * whose public half those tests configure as {@code mp.jwt.verify.publickey.location}
 * ({@code kz/dvp/platform/testing/test-token-public.pem}). Test-only key material.
 */
public final class TestTokens {

    private static final PrivateKey KEY = load();

    private TestTokens() {
    }

    public static String admin() {
        return token("NATIONAL_ADMIN", Map.of());
    }

    public static String operator(String region) {
        return token("REGIONAL_OPERATOR", Map.of(Claims.REGION, region));
    }

    public static String coordinator(UUID organization) {
        return token("ORG_COORDINATOR", Map.of(Claims.ORGANIZATION, organization.toString()));
    }

    public static String volunteer(UUID volunteer) {
        return token("VOLUNTEER", Map.of(Claims.VOLUNTEER, volunteer.toString()));
    }

    public static String analyst() {
        return token("ANALYST", Map.of());
    }

    public static String partner(String scopes) {
        return token("PARTNER", Map.of(Claims.SCOPE, scopes));
    }

    public static String token(String role, Map<String, String> claims) {
        return token(UUID.randomUUID().toString(), role, claims);
    }

    /** A token of a given account (subject), e.g. to act twice as the same coordinator. */
    public static String token(String subject, String role, Map<String, String> claims) {
        JwtClaimsBuilder builder = Jwt.issuer(Claims.ISSUER).subject(subject)
                .groups(role).expiresIn(900);
        claims.forEach(builder::claim);
        return builder.sign(KEY);
    }

    private static PrivateKey load() {
        try (InputStream in = TestTokens.class.getResourceAsStream("test-token-private.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
