package kz.dvp.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import javax.crypto.SecretKey;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;

/**
 * The bearer-token parser the services authenticate with: smallrye-jwt's, with the tokens it accepted kept for
 * a minute (never past their expiry), so that a client calling many times with one token has its signature
 * checked and its claims parsed once a minute rather than on every call. Under the benchmark's passport reads,
 * checking the token was 23 % of passport-service's JFR samples, the RSA signature alone 8 %.
 * <p>
 * Only accepted tokens are kept, under their full text (signature included): a token that differs in any
 * character is checked afresh. A token signed with a key that leaves the JWKS stays accepted for at most a
 * minute. {@code dvp.security.verified-tokens=0} turns the cache off.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    /** The longest a token is trusted without being checked again. */
    static final Duration MAX_AGE = Duration.ofMinutes(1);

    private final JWTParser verifier;
    private final Cache<String, JsonWebToken> accepted;

    @Inject
    public VerifiedTokens(DefaultJWTParser verifier,
                          @ConfigProperty(name = "dvp.security.verified-tokens", defaultValue = "1000") long maxTokens) {
        this(verifier, maxTokens, Ticker.systemTicker(), Clock.systemUTC());
    }

    VerifiedTokens(JWTParser verifier, long maxTokens, Ticker ticker, Clock clock) {
        this.verifier = verifier;
        this.accepted = maxTokens <= 0 ? null : Caffeine.newBuilder()
                .maximumSize(maxTokens)
                .ticker(ticker)
                .executor(Runnable::run)
                .expireAfter(Expiry.<String, JsonWebToken>writing((token, jwt) -> trustedFor(jwt, clock)))
                .build();
    }

    /** A minute, or less if the token expires sooner. */
    private static Duration trustedFor(JsonWebToken jwt, Clock clock) {
        Duration left = Duration.ofSeconds(jwt.getExpirationTime()).minusMillis(clock.millis());
        return left.isNegative() ? Duration.ZERO : left.compareTo(MAX_AGE) < 0 ? left : MAX_AGE;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        if (accepted == null) {
            return verifier.parse(token);
        }
        JsonWebToken known = accepted.getIfPresent(token);
        if (known != null) {
            return known;
        }
        JsonWebToken jwt = verifier.parse(token);
        accepted.put(token, jwt);
        return jwt;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
