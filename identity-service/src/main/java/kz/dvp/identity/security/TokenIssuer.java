package kz.dvp.identity.security;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dvp.identity.config.IdentityConfig;
import kz.dvp.platform.security.Claims;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Signs access tokens (RS256) and publishes the verification key as a JWK Set. */
@ApplicationScoped
public class TokenIssuer {

    private final KeyMaterial keys;
    private final RSAPublicKey publicKey;
    private final String keyId;
    private final Duration lifetime;

    public TokenIssuer(KeyMaterial keys, IdentityConfig config) {
        this.keys = keys;
        this.lifetime = config.token().lifetime();
        if (!(keys.tokenKey() instanceof RSAPrivateCrtKey crt)) {
            throw new IllegalStateException("The token key must be an RSA private key with CRT parameters");
        }
        try {
            publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
            byte[] thumb = MessageDigest.getInstance("SHA-256").digest(crt.getModulus().toByteArray());
            keyId = base64Url(thumb).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A signed access token for a subject with its role and the claims that bound it. */
    public IssuedToken issue(String subject, String role, Map<String, String> claims, Set<String> scopes) {
        JwtClaimsBuilder builder = Jwt.issuer(Claims.ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(role))
                .claim("jti", UUID.randomUUID().toString())
                .expiresIn(lifetime);
        claims.forEach(builder::claim);
        if (!scopes.isEmpty()) {
            builder.claim(Claims.SCOPE, String.join(" ", scopes));
        }
        String token = builder.jws().keyId(keyId).sign(keys.tokenKey());
        return new IssuedToken(token, lifetime.toSeconds(), String.join(" ", scopes));
    }

    public RSAPublicKey publicKey() {
        return publicKey;
    }

    /** The JWK Set with the current verification key. */
    public Map<String, Object> jwks() {
        return Map.of("keys", List.of(Map.of(
                "kty", "RSA",
                "use", "sig",
                "alg", "RS256",
                "kid", keyId,
                "n", base64Url(unsigned(publicKey.getModulus())),
                "e", base64Url(unsigned(publicKey.getPublicExponent())))));
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** An access token as the token endpoint returns it. */
    public record IssuedToken(String accessToken, long expiresIn, String scope) {
    }
}
