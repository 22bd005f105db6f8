package kz.dvp.passport.credential;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** {@code dvp.credentials.*}: the issuer's address and keys, how long a credential is valid, public rate limits. */
@ConfigMapping(prefix = "dvp.credentials")
public interface CredentialConfig {

    /**
     * Where passport-service is reached from outside: the issuer's did:web, the status list and the public
     * verification page (the PDF's QR code) are addressed from it.
     */
    @WithDefault("http://127.0.0.1:8084")
    URI publicUrl();

    /** Name of the issuer shown in credentials. */
    @WithDefault("Digital Volunteer Passport of the Republic of Kazakhstan")
    String issuerName();

    @WithDefault("P365D")
    Duration lifetime();

    /**
     * The signing keys: a JWK Set (JSON) of P-256 private keys. Every key in it stays published, so
     * credentials signed before a rotation still verify; new ones are signed with {@link #currentKeyId()}.
     */
    Optional<String> signingKeys();

    /** The key id new credentials are signed with; by default the last key of the set. */
    Optional<String> currentKeyId();

    /** Development only: a key generated once and kept here. Refused in the prod profile. */
    Optional<Path> devKeysDir();

    /** Requests per minute one client address may make to the public endpoints. */
    @WithDefault("60")
    int publicRequestsPerMinute();
}
