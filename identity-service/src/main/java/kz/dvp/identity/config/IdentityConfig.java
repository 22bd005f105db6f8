package kz.dvp.identity.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** {@code dvp.identity.*}: keys, token lifetime, login limits, consent text version, bootstrap admin. */
@ConfigMapping(prefix = "dvp.identity")
public interface IdentityConfig {

    /**
     * Development only: where generated keys are kept (created on first start). Refused in the prod profile,
     * where the keys below must be configured.
     */
    Optional<Path> devKeysDir();

    Crypto crypto();

    Token token();

    Login login();

    /** Version of the consent text volunteers accept now; recorded with each consent. */
    @WithDefault("2026-01")
    String consentVersion();

    BootstrapAdmin bootstrapAdmin();

    interface Crypto {
        /** AES-256 keys for personal data, base64, by version; rotation adds a version. */
        Map<String, String> keys();

        /** Version new data is encrypted with. */
        @WithDefault("1")
        int currentVersion();

        /** HMAC-SHA256 secret of the IIN blind index, base64. */
        Optional<String> indexSecret();
    }

    interface Token {
        /** RSA private key (PKCS#8, base64 DER or PEM) that signs access tokens. */
        Optional<String> privateKey();

        @WithDefault("PT15M")
        Duration lifetime();
    }

    interface Login {
        /** Failed logins after which the account is locked. */
        @WithDefault("5")
        int maxFailures();

        @WithDefault("PT15M")
        Duration lockDuration();

        /** Added delay per failed attempt, slowing password guessing before the lock. */
        @WithDefault("PT0.2S")
        Duration failureDelay();
    }

    interface BootstrapAdmin {
        /** Created at start-up when no national admin exists. */
        @WithDefault("admin")
        String username();

        Optional<String> password();
    }
}
