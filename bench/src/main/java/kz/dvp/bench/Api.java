package kz.dvp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The platform's REST APIs on loopback, as the benchmark calls them, through Vert.x's HTTP client on one event
 * loop. The load generator shares the machine's cores with the platform: the JDK's HTTP client spent 0.29 ms of
 * CPU per passport read, more than passport-service itself (0.22 ms); this one about 0.03 ms.
 */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String IDENTITY = "http://127.0.0.1:8081";
    static final String ORG = "http://127.0.0.1:8082";
    static final String ACTIVITY = "http://127.0.0.1:8083";
    static final String PASSPORT = "http://127.0.0.1:8084";
    /**
     * Connections per service at most. Above the soak's 400 requests in flight; the open-model phases' excess
     * waits in the client, still counted from when it was due.
     */
    private static final int CONNECTIONS = 512;
    private static final long TIMEOUT_MS = TimeUnit.SECONDS.toMillis(60);

    /** An answer: its status, its body, and the one header the benchmark reads. */
    record Answer(String uri, int statusCode, String body, String retryAfter) {
    }

    // daemon threads: a failed run must not keep the JVM alive
    private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1)
            .setUseDaemonThread(true));
    private volatile HttpClient http = client();

    private HttpClient client() {
        return vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setConnectTimeout(5_000),
                new PoolOptions().setHttp1MaxSize(CONNECTIONS));
    }

    /** A new client in place of one that stopped answering: its open requests fail, as an outage's would. */
    void renew() {
        HttpClient old = http;
        http = client();
        old.close();
    }

    String token(String username, String password) throws Exception {
        String form = "grant_type=password&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return expect(200, send(HttpMethod.POST, IDENTITY + "/oauth2/token", null, "application/x-www-form-urlencoded", form)
                .get()).get("access_token").asText();
    }

    Answer post(String url, String token, Object body) throws Exception {
        return postAsync(url, token, body).get();
    }

    CompletableFuture<Answer> postAsync(String url, String token, Object body) {
        try {
            return send(HttpMethod.POST, url, token, "application/json",
                    body instanceof String s ? s : JSON.writeValueAsString(body));
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    CompletableFuture<Answer> getAsync(String url, String token) {
        return send(HttpMethod.GET, url, token, null, null);
    }

    Answer get(String url, String token) throws Exception {
        return getAsync(url, token).get();
    }

    private CompletableFuture<Answer> send(HttpMethod method, String url, String token, String contentType, String body) {
        RequestOptions options = new RequestOptions().setMethod(method).setAbsoluteURI(url).setIdleTimeout(TIMEOUT_MS)
                .addHeader("Accept", "application/json");
        if (token != null) {
            options.addHeader("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            options.addHeader("Content-Type", contentType);
        }
        Future<Answer> answer = http.request(options).compose(request -> (body == null ? request.send() : request.send(body))
                .compose(response -> response.body().map(b -> new Answer(url, response.statusCode(),
                        b.toString(StandardCharsets.UTF_8), response.getHeader("Retry-After")))));
        return answer.toCompletionStage().toCompletableFuture();
    }

    static JsonNode expect(int status, Answer response) throws Exception {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
