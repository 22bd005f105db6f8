package kz.dvp.passport.credential;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IssuerKeysTest {

    @Test
    void afterARotationOldCredentialsStillVerifyAndNewOnesUseTheNewKey() throws Exception {
        ECKey old = new ECKeyGenerator(Curve.P_256).keyID("2026-01").generate();
        ECKey rotated = new ECKeyGenerator(Curve.P_256).keyID("2026-11").generate();
        IssuerKeys keys = new IssuerKeys(config(Optional.of(new JWKSet(List.of(old, rotated)).toString(false)),
                Optional.empty()), List.of("prod"));

        assertThat(keys.current().getKeyID()).isEqualTo("2026-11");
        assertThat(keys.publicKeys().getKeys()).extracting(k -> k.getKeyID()).containsExactly("2026-01", "2026-11");
        assertThat(keys.publicKeys().getKeys()).noneMatch(k -> k.isPrivate());
        assertThat(keys.did()).isEqualTo("did:web:passport.dvp.kz");

        SignedJWT signedBefore = SignedJWT.parse(sign(keys, old));
        SignedJWT signedNow = SignedJWT.parse(sign(keys, keys.current()));
        assertThat(CredentialVerification.signedByIssuer(signedBefore, keys)).isTrue();
        assertThat(CredentialVerification.signedByIssuer(signedNow, keys)).isTrue();

        IssuerKeys withoutOld = new IssuerKeys(config(Optional.of(new JWKSet(rotated).toString(false)), Optional.empty()),
                List.of("prod"));
        assertThat(CredentialVerification.signedByIssuer(signedBefore, withoutOld)).isFalse();
    }

    @Test
    void aForeignKeyUnderOurKeyIdDoesNotVerify() throws Exception {
        ECKey ours = new ECKeyGenerator(Curve.P_256).keyID("k1").generate();
        ECKey forged = new ECKeyGenerator(Curve.P_256).keyID("k1").generate();
        IssuerKeys keys = new IssuerKeys(config(Optional.of(new JWKSet(ours).toString(false)), Optional.empty()), List.of());
        String jwt = VcJwt.sign(Map.of("id", "urn:uuid:1", "issuer", keys.did()), "s", Instant.now(),
                Instant.now().plus(Duration.ofDays(1)), forged, keys.did() + "#k1");
        assertThat(CredentialVerification.signedByIssuer(SignedJWT.parse(jwt), keys)).isFalse();
    }

    @Test
    void productionRefusesDevelopmentKeysAndRequiresConfiguredOnes(@TempDir Path dir) {
        assertThatThrownBy(() -> new IssuerKeys(config(Optional.empty(), Optional.of(dir)), List.of("prod")))
                .hasMessageContaining("refused in production");
        assertThatThrownBy(() -> new IssuerKeys(config(Optional.empty(), Optional.empty()), List.of("prod")))
                .hasMessageContaining("dvp.credentials.signing-keys is not configured");
    }

    @Test
    void aDevelopmentKeyIsGeneratedOnceAndKept(@TempDir Path dir) {
        IssuerKeys first = new IssuerKeys(config(Optional.empty(), Optional.of(dir)), List.of("local"));
        IssuerKeys again = new IssuerKeys(config(Optional.empty(), Optional.of(dir)), List.of("local"));
        assertThat(again.current().toJSONString()).isEqualTo(first.current().toJSONString());
    }

    private static String sign(IssuerKeys keys, ECKey key) {
        return VcJwt.sign(Map.of("id", "urn:uuid:00000000-0000-0000-0000-000000000001", "issuer", keys.did()),
                "urn:dvp:passport:X", Instant.now(), Instant.now().plus(Duration.ofDays(1)), key,
                keys.verificationMethod(key));
    }

    private static CredentialConfig config(Optional<String> signingKeys, Optional<Path> devDir) {
        return new CredentialConfig() {
            public URI publicUrl() {
                return URI.create("https://passport.dvp.kz");
            }

            public String issuerName() {
                return "DVP";
            }

            public Duration lifetime() {
                return Duration.ofDays(365);
            }

            public Optional<String> signingKeys() {
                return signingKeys;
            }

            public Optional<String> currentKeyId() {
                return Optional.empty();
            }

            public Optional<Path> devKeysDir() {
                return devDir;
            }

            public int publicRequestsPerMinute() {
                return 60;
            }
        };
    }
}
