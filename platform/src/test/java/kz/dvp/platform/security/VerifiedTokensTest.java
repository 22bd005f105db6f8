package kz.dvp.platform.security;

import com.github.benmanes.caffeine.cache.Ticker;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import kz.dvp.platform.testing.TestTokens;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Accepted tokens are kept a minute at most and never past their expiry; nothing else is kept. */
class VerifiedTokensTest {

    private final AtomicInteger checks = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong();
    private final Ticker ticker = nanos::get;

    /** smallrye-jwt's parser with the test key, counting the tokens it is asked to check. */
    private final JWTParser verifier = counting(new DefaultJWTParser(
            new JWTAuthContextInfo("kz/dvp/platform/testing/test-token-public.pem", Claims.ISSUER)));

    @Test
    void aTokenUsedAgainIsCheckedOnceAMinute() throws Exception {
        VerifiedTokens tokens = new VerifiedTokens(verifier, 1000, ticker, Clock.systemUTC());
        String token = TestTokens.operator("KZ-ALA");

        JsonWebToken first = tokens.parse(token);
        pass(Duration.ofSeconds(59));
        assertThat(tokens.parse(token)).isSameAs(first);
        assertThat(checks).hasValue(1);

        pass(Duration.ofSeconds(2));
        assertThat(tokens.parse(token).getClaim(Claims.REGION).toString()).contains("KZ-ALA");
        assertThat(checks).as("checked again after a minute").hasValue(2);
    }

    @Test
    void aTokenIsNotTrustedPastItsExpiry() throws Exception {
        String token = TestTokens.admin();
        long expiry = new DefaultJWTParser(new JWTAuthContextInfo("kz/dvp/platform/testing/test-token-public.pem",
                Claims.ISSUER)).parse(token).getExpirationTime();
        // the cache's clock 10 s before the token expires: it may be kept 10 s, not a minute
        Clock tenSecondsBefore = Clock.fixed(Instant.ofEpochSecond(expiry).minusSeconds(10), ZoneOffset.UTC);
        VerifiedTokens tokens = new VerifiedTokens(verifier, 1000, ticker, tenSecondsBefore);

        tokens.parse(token);
        pass(Duration.ofSeconds(9));
        tokens.parse(token);
        assertThat(checks).hasValue(1);
        pass(Duration.ofSeconds(2));
        tokens.parse(token);
        assertThat(checks).as("checked again at its expiry").hasValue(2);
    }

    @Test
    void aTokenThatDiffersInAnyCharacterIsCheckedAndRefusedEveryTime() throws Exception {
        VerifiedTokens tokens = new VerifiedTokens(verifier, 1000, ticker, Clock.systemUTC());
        String token = TestTokens.admin();
        tokens.parse(token);
        // the same header and claims with another signature
        String forged = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> tokens.parse(forged)).isInstanceOf(ParseException.class);
        }
        assertThat(checks).hasValue(4);
    }

    @Test
    void withNoRoomEveryCallIsChecked() throws Exception {
        VerifiedTokens tokens = new VerifiedTokens(verifier, 0, ticker, Clock.systemUTC());
        String token = TestTokens.token("VOLUNTEER", Map.of());
        tokens.parse(token);
        tokens.parse(token);
        assertThat(checks).hasValue(2);
    }

    private void pass(Duration time) {
        nanos.addAndGet(time.toNanos());
    }

    private JWTParser counting(JWTParser parser) {
        return (JWTParser) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{JWTParser.class},
                (proxy, method, args) -> {
                    checks.incrementAndGet();
                    try {
                        return method.invoke(parser, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
