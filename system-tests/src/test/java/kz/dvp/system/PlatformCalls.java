package kz.dvp.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** The running platform's REST APIs as the system tests call them: tokens, JSON posts and gets, patient retries. */
final class PlatformCalls {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private PlatformCalls() {
    }

    static String token(String username, String password) throws Exception {
        String form = "grant_type=password&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(RunningPlatform.get().url("identity-service") + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        return expect(200, response).get("access_token").asText();
    }

    static HttpResponse<String> post(String service, String path, String token, Object body) throws Exception {
        return post(service, path, token, body, null);
    }

    static HttpResponse<String> post(String service, String path, String token, Object body, String idempotencyKey)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RunningPlatform.get().url(service) + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String service, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RunningPlatform.get().url(service) + path)).header("Accept", "application/json, */*;q=0.5");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode expect(int status, HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    /** Asynchronous facts (events between services) take a moment: retries a call until its answer satisfies. */
    static HttpResponse<String> eventually(Call call, Predicate<HttpResponse<String>> done) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        HttpResponse<String> last = call.run();
        while (!done.test(last) && System.nanoTime() < deadline) {
            Thread.sleep(250);
            last = call.run();
        }
        return last;
    }

    @FunctionalInterface
    interface Call {
        HttpResponse<String> run() throws Exception;
    }
}
