package kz.dvp.passport.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import io.quarkus.logging.Log;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The credential issuer's P-256 keys (ES256). From {@code dvp.credentials.signing-keys} in production; in
 * development generated once into {@code dvp.credentials.dev-keys-dir}. All keys are published (JWKS and
 * did.json) so that credentials signed before a rotation keep verifying; new ones use the current key.
 */
@ApplicationScoped
public class IssuerKeys {

    private final Map<String, ECKey> keys;
    private final ECKey current;
    private final String did;

    @Inject
    public IssuerKeys(CredentialConfig config) {
        this(config, ConfigUtils.getProfiles());
    }

    IssuerKeys(CredentialConfig config, List<String> profiles) {
        if (config.devKeysDir().isPresent() && profiles.contains("prod")) {
            throw new IllegalStateException("dvp.credentials.dev-keys-dir is set in the prod profile: development keys "
                    + "are refused in production. Configure dvp.credentials.signing-keys (a JWK Set of P-256 keys).");
        }
        JWKSet set = config.signingKeys().map(IssuerKeys::parse)
                .or(() -> config.devKeysDir().map(IssuerKeys::devKeys))
                .orElseThrow(() -> new IllegalStateException("dvp.credentials.signing-keys is not configured"));
        List<ECKey> all = new ArrayList<>();
        for (JWK key : set.getKeys()) {
            if (!(key instanceof ECKey ec) || !Curve.P_256.equals(ec.getCurve()) || !ec.isPrivate() || ec.getKeyID() == null) {
                throw new IllegalStateException("dvp.credentials.signing-keys must hold P-256 private keys with a kid");
            }
            all.add(ec);
        }
        if (all.isEmpty()) {
            throw new IllegalStateException("dvp.credentials.signing-keys holds no key");
        }
        keys = all.stream().collect(Collectors.toUnmodifiableMap(ECKey::getKeyID, k -> k));
        current = config.currentKeyId().map(id -> Optional.ofNullable(keys.get(id)).orElseThrow(() ->
                new IllegalStateException("dvp.credentials.current-key-id " + id + " is not in the signing keys")))
                .orElse(all.get(all.size() - 1));
        did = Did.of(config.publicUrl());
        if (config.devKeysDir().isPresent()) {
            Log.warnf("passport-service signs credentials with a DEVELOPMENT key from %s (never for production)",
                    config.devKeysDir().get());
        }
    }

    /** The key new credentials are signed with. */
    public ECKey current() {
        return current;
    }

    public Optional<ECKey> byId(String keyId) {
        return Optional.ofNullable(keys.get(keyId));
    }

    /** The issuer's identifier, did:web of the public address. */
    public String did() {
        return did;
    }

    /** The verification method a JWS header names: the did and the key id. */
    public String verificationMethod(ECKey key) {
        return did + "#" + key.getKeyID();
    }

    /** The public halves of every key, as published at /.well-known/jwks.json. */
    public JWKSet publicKeys() {
        return new JWKSet(keys.values().stream().map(k -> (JWK) k.toPublicJWK())
                .sorted((a, b) -> a.getKeyID().compareTo(b.getKeyID())).toList());
    }

    private static JWKSet parse(String json) {
        try {
            return JWKSet.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("dvp.credentials.signing-keys is not a JWK Set: " + e.getMessage());
        }
    }

    /** Loads the development key set, generating it on first use. */
    private static JWKSet devKeys(Path dir) {
        Path file = dir.resolve("credential-keys.json");
        try {
            if (Files.exists(file)) {
                return parse(Files.readString(file));
            }
            ECKey key = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE)
                    .keyID("dev-" + LocalDate.now()).generate();
            JWKSet set = new JWKSet(key);
            Files.createDirectories(dir);
            Files.writeString(file, set.toString(false));
            return set;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
