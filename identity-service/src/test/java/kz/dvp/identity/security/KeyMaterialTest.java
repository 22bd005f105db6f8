package kz.dvp.identity.security;

import kz.dvp.identity.config.IdentityConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Outside tests and the local run (the prod profile), keys must be configured; development keys are refused. */
class KeyMaterialTest {

    @Test
    void prodProfileRefusesDevelopmentKeys(@TempDir Path dir) {
        assertThatThrownBy(() -> new KeyMaterial(config(Optional.of(dir), Map.of()), List.of("prod")))
                .hasMessageContaining("refused in production");
    }

    @Test
    void missingKeysStopTheServiceWithAClearMessage() {
        assertThatThrownBy(() -> new KeyMaterial(config(Optional.empty(), Map.of()), List.of("prod")))
                .hasMessageContaining("is not configured");
    }

    @Test
    void developmentKeysAreGeneratedOnceAndKept(@TempDir Path dir) {
        KeyMaterial first = new KeyMaterial(config(Optional.of(dir), Map.of()), List.of("local"));
        KeyMaterial second = new KeyMaterial(config(Optional.of(dir), Map.of()), List.of("local"));

        assertThat(first.development()).isTrue();
        assertThat(second.dataKey(1)).isEqualTo(first.dataKey(1)).hasSize(32);
        assertThat(second.indexSecret()).isEqualTo(first.indexSecret());
        assertThat(second.tokenKey()).isEqualTo(first.tokenKey());
        assertThat(dir.resolve("dev-keys.properties")).exists();
    }

    private static IdentityConfig config(Optional<Path> devDir, Map<String, String> keys) {
        return new IdentityConfig() {
            public Optional<Path> devKeysDir() { return devDir; }
            public Crypto crypto() {
                return new Crypto() {
                    public Map<String, String> keys() { return keys; }
                    public int currentVersion() { return 1; }
                    public Optional<String> indexSecret() { return Optional.empty(); }
                };
            }
            public Token token() {
                return new Token() {
                    public Optional<String> privateKey() { return Optional.empty(); }
                    public Duration lifetime() { return Duration.ofMinutes(15); }
                };
            }
            public Login login() { return null; }
            public String consentVersion() { return "2026-01"; }
            public BootstrapAdmin bootstrapAdmin() {
                return new BootstrapAdmin() {
                    public String username() { return "admin"; }
                    public Optional<String> password() { return Optional.empty(); }
                };
            }
        };
    }
}
