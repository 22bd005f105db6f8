package kz.dvp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

/** The platform's REST APIs on loopback, as the benchmark calls them. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String IDENTITY = "http://127.0.0.1:8081";
    static final String ORG = "http://127.0.0.1:8082";
    static final String ACTIVITY = "http://127.0.0.1:8083";
    static final String PASSPORT = "http://127.0.0.1:8084";

    private volatile HttpClient http = client();

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4, r -> {
                    Thread t = new Thread(r, "bench-http");
                    t.setDaemon(true); // a failed run must not keep the JVM alive
                    return t;
                })).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /**
     * A new client in place of one that stopped answering. Seen once in a soak: the JDK client's selector thread
     * was gone, so its requests neither completed nor timed out.
     */
    void renew() {
        http = client();
    }

    String token(String username, String password) throws Exception {
        String form = "grant_type=password&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(IDENTITY + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return expect(200, response).get("access_token").asText();
    }

    HttpResponse<String> post(String url, String token, Object body) throws Exception {
        return http.send(postRequest(url, token, body), HttpResponse.BodyHandlers.ofString());
    }

    CompletableFuture<HttpResponse<String>> postAsync(String url, String token, Object body) {
        return http.sendAsync(postRequest(url, token, body), HttpResponse.BodyHandlers.ofString());
    }

    CompletableFuture<HttpResponse<String>> getAsync(String url, String token) {
        return http.sendAsync(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String url, String token) throws Exception {
        return getAsync(url, token).get();
    }

    private static HttpRequest postRequest(String url, String token, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            return request.build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode expect(int status, HttpResponse<String> response) throws Exception {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
