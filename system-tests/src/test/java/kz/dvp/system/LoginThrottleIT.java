package kz.dvp.system;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import static kz.dvp.system.PlatformCalls.JSON;
import static kz.dvp.system.PlatformCalls.expect;
import static kz.dvp.system.PlatformCalls.form;
import static kz.dvp.system.PlatformCalls.post;
import static kz.dvp.system.PlatformCalls.token;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing on {@code /oauth2/token} in the production configuration: each wrong password answers later
 * than the one before (0.2 s more each), and the fifth locks the account, the right password included.
 */
class LoginThrottleIT {

    @Test
    void guessesAreSlowedThenTheAccountLocks() throws Exception {
        RunningPlatform.get();
        String username = "guessed." + UUID.randomUUID().toString().substring(0, 8);
        expect(201, post("identity-service", "/api/v1/accounts", token("admin", ProductionConfiguration.ADMIN_PASSWORD),
                Map.of("username", username, "password", "correct-horse-battery", "role", "ANALYST")));

        for (int attempt = 1; attempt <= 5; attempt++) {
            long started = System.nanoTime();
            HttpResponse<String> refused = login(username, "guess-" + attempt);
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(refused.body()).get("error").asText()).isEqualTo("invalid_grant");
            assertThat(millis).as("answer to wrong password number " + attempt).isGreaterThanOrEqualTo(200L * attempt);
        }
        HttpResponse<String> locked = login(username, "correct-horse-battery");
        assertThat(locked.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(locked.body()).get("error_description").asText()).contains("locked");
    }

    private static HttpResponse<String> login(String username, String password) throws Exception {
        return form("identity-service", "/oauth2/token", Map.of("grant_type", "password", "username", username,
                "password", password));
    }
}
