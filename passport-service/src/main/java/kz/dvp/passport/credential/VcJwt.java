package kz.dvp.passport.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

/**
 * Secures a credential as a VC-JWT (W3C VC-JOSE-COSE): an ES256 JWS whose payload is the credential itself,
 * with the registered claims iss, sub, jti, iat, nbf and exp added for JWT verifiers.
 */
public final class VcJwt {

    public static final JOSEObjectType TYPE = new JOSEObjectType("vc+jwt");
    public static final String MEDIA_TYPE = "application/vc+jwt";

    private VcJwt() {
    }

    public static String sign(Map<String, Object> credential, String subject, Instant issuedAt, Instant expiresAt,
                              ECKey key, String verificationMethod) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder();
        credential.forEach(claims::claim);
        Object issuer = credential.get("issuer");
        claims.issuer(issuer instanceof Map<?, ?> profile ? (String) profile.get("id") : (String) issuer)
                .subject(subject)
                .jwtID((String) credential.get("id"))
                .issueTime(Date.from(issuedAt))
                .notBeforeTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt));
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(TYPE).contentType("vc")
                .keyID(verificationMethod).build();
        SignedJWT jwt = new SignedJWT(header, claims.build());
        try {
            jwt.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Signing a credential failed", e);
        }
        return jwt.serialize();
    }
}
