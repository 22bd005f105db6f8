package kz.dvp.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The running platform's REST APIs as the system tests call them: tokens, JSON posts and gets, patient retries. */
final class PlatformCalls {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private PlatformCalls() {
    }

    static String token(String username, String password) throws Exception {
        return expect(200, form("identity-service", "/oauth2/token",
                Map.of("grant_type", "password", "username", username, "password", password))).get("access_token").asText();
    }

    /** A form post ({@code application/x-www-form-urlencoded}), as OAuth clients send to the token endpoint. */
    static HttpResponse<String> form(String service, String path, Map<String, String> fields) throws Exception {
        String form = fields.entrySet().stream().map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return HTTP.send(HttpRequest.newBuilder(URI.create(RunningPlatform.get().url(service) + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
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

    /** Any method; a JSON body when {@code body} is not null. A stream (SSE) answers as soon as its headers arrive. */
    static Reply send(String method, String service, String path, String token, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RunningPlatform.get().url(service) + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json, */*;q=0.5")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        try (InputStream in = response.body()) {
            boolean stream = contentType.startsWith("text/event-stream");
            return new Reply(response.statusCode(), contentType, stream ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** What {@link #send} got back; the body of a stream is left unread. */
    record Reply(int status, String contentType, String body) {
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
