package kz.dvp.identity.security;

import io.quarkus.logging.Log;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.dvp.identity.config.IdentityConfig;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The secrets of identity-service: AES keys by version, the blind-index secret, the token signing key and
 * the bootstrap admin password. From configuration in production; in development generated once into
 * {@code dvp.identity.dev-keys-dir} and announced as development keys. The prod profile refuses dev keys.
 */
@ApplicationScoped
public class KeyMaterial {

    private final Map<Integer, byte[]> dataKeys = new HashMap<>();
    private final int currentVersion;
    private final byte[] indexSecret;
    private final PrivateKey tokenKey;
    private final String bootstrapPassword;
    private final boolean development;

    @Inject
    public KeyMaterial(IdentityConfig config) {
        this(config, ConfigUtils.getProfiles());
    }

    KeyMaterial(IdentityConfig config, List<String> activeProfiles) {
        Properties dev = config.devKeysDir().map(KeyMaterial::devKeys).orElse(new Properties());
        development = config.devKeysDir().isPresent();
        if (development && activeProfiles.contains("prod")) {
            throw new IllegalStateException("dvp.identity.dev-keys-dir is set in the prod profile: development keys "
                    + "are refused in production. Configure dvp.identity.crypto.*, dvp.identity.token.private-key "
                    + "and dvp.identity.bootstrap-admin.password instead.");
        }
        config.crypto().keys().forEach((version, key) -> dataKeys.put(Integer.parseInt(version), decode(key)));
        if (dataKeys.isEmpty() && development) {
            dataKeys.put(1, decode(dev.getProperty("crypto.1")));
        }
        currentVersion = config.crypto().currentVersion();
        indexSecret = decode(config.crypto().indexSecret().orElseGet(() -> required(dev, "index", "crypto.index-secret")));
        tokenKey = privateKey(config.token().privateKey().orElseGet(() -> required(dev, "token", "token.private-key")));
        bootstrapPassword = config.bootstrapAdmin().password()
                .orElseGet(() -> required(dev, "bootstrap-admin", "bootstrap-admin.password"));
        if (!dataKeys.containsKey(currentVersion) || dataKeys.get(currentVersion).length != 32) {
            throw new IllegalStateException("dvp.identity.crypto.keys." + currentVersion + " must be a base64 AES-256 key");
        }
        if (development) {
            Log.warnf("identity-service uses DEVELOPMENT keys from %s (generated for this machine, never for production)",
                    config.devKeysDir().get());
        }
    }

    public byte[] dataKey(int version) {
        byte[] key = dataKeys.get(version);
        if (key == null) {
            throw new IllegalStateException("No personal-data key of version " + version);
        }
        return key;
    }

    public int currentVersion() {
        return currentVersion;
    }

    public byte[] indexSecret() {
        return indexSecret;
    }

    public PrivateKey tokenKey() {
        return tokenKey;
    }

    public String bootstrapPassword() {
        return bootstrapPassword;
    }

    public boolean development() {
        return development;
    }

    private static String required(Properties dev, String devName, String property) {
        String value = dev.getProperty(devName);
        if (value == null) {
            throw new IllegalStateException("dvp.identity." + property + " is not configured");
        }
        return value;
    }

    /** Loads the development keys, generating them on first use. */
    private static Properties devKeys(Path dir) {
        Path file = dir.resolve("dev-keys.properties");
        Properties keys = new Properties();
        try {
            if (Files.exists(file)) {
                try (Reader reader = Files.newBufferedReader(file)) {
                    keys.load(reader);
                }
                return keys;
            }
            SecureRandom random = new SecureRandom();
            keys.setProperty("crypto.1", randomBase64(random, 32));
            keys.setProperty("index", randomBase64(random, 32));
            KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
            rsa.initialize(2048, random);
            keys.setProperty("token", Base64.getEncoder().encodeToString(rsa.generateKeyPair().getPrivate().getEncoded()));
            keys.setProperty("bootstrap-admin", randomBase64(random, 12).replace('/', 'x').replace('+', 'y'));
            Files.createDirectories(dir);
            try (Writer writer = Files.newBufferedWriter(file)) {
                keys.store(writer, "DEVELOPMENT keys of identity-service, generated on this machine. Never use in production.");
            }
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomBase64(SecureRandom random, int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return Base64.getEncoder().encodeToString(value);
    }

    private static byte[] decode(String base64) {
        return Base64.getDecoder().decode(base64.trim());
    }

    private static PrivateKey privateKey(String text) {
        String der = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(decode(der)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("dvp.identity.token.private-key is not an RSA PKCS#8 key", e);
        }
    }
}
