package kz.dvp.system;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The services as a production deployment configures them: default (prod) profile, identity's secrets from
 * the environment, the other services verifying tokens against identity's JWKS.
 */
record ProductionConfiguration(int identityPort, Map<String, String> identitySecrets) {

    static final String ADMIN_PASSWORD = "system-test-admin-password";

    ProductionConfiguration(int identityPort) {
        this(identityPort, secrets());
    }

    Map<String, String> environment(String service) {
        Map<String, String> env = new HashMap<>();
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "http://127.0.0.1:" + identityPort + "/.well-known/jwks.json");
        if (service.equals("identity-service")) {
            env.putAll(identitySecrets);
        }
        return env;
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
