package kz.dvp.system;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The services as a production deployment configures them: default (prod) profile, identity's secrets and the
 * credential issuer's key from the environment, the other services verifying tokens against identity's JWKS.
 */
record ProductionConfiguration(Map<String, Integer> ports, Map<String, String> identitySecrets, String credentialKeys) {

    static final String ADMIN_PASSWORD = "system-test-admin-password";

    ProductionConfiguration(Map<String, Integer> ports) {
        this(ports, secrets(), generatedCredentialKeys());
    }

    Map<String, String> environment(String service) {
        String identity = url("identity-service");
        String passport = url("passport-service");
        Map<String, String> env = new HashMap<>();
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", identity + "/.well-known/jwks.json");
        env.put("QUARKUS_HTTP_CORS_ORIGINS", passport); // the dashboard's origin
        if (service.equals("identity-service")) {
            env.putAll(identitySecrets);
        }
        if (service.equals("passport-service")) {
            env.put("DVP_CREDENTIALS_SIGNING_KEYS", credentialKeys);
            env.put("DVP_CREDENTIALS_PUBLIC_URL", passport);
            env.put("QUARKUS_REST_CLIENT_IDENTITY_URL", identity);
            env.put("DVP_DASHBOARD_IDENTITY_URL", identity);
            env.put("DVP_DASHBOARD_ORG_URL", url("org-service"));
        }
        return env;
    }

    /** identity-service's token signing key, for tests that need a token it would sign but never issued. */
    PrivateKey tokenKey() throws GeneralSecurityException {
        byte[] pkcs8 = Base64.getDecoder().decode(identitySecrets.get("DVP_IDENTITY_TOKEN_PRIVATE_KEY"));
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }

    private String url(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    private static String generatedCredentialKeys() {
        try {
            return new JWKSet(new ECKeyGenerator(Curve.P_256).keyID("system-test").generate()).toString(false);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> secrets() {
        SecureRandom random = new SecureRandom();
        try {
            KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
            rsa.initialize(2048, random);
            return Map.of(
                    "DVP_IDENTITY_CRYPTO_KEYS_1", randomBase64(random),
                    "DVP_IDENTITY_CRYPTO_INDEX_SECRET", randomBase64(random),
                    "DVP_IDENTITY_TOKEN_PRIVATE_KEY",
                    Base64.getEncoder().encodeToString(rsa.generateKeyPair().getPrivate().getEncoded()),
                    "DVP_IDENTITY_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomBase64(SecureRandom random) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
