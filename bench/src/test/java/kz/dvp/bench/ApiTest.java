package kz.dvp.bench;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The load client against a loopback server that answers what it was sent. */
class ApiTest {

    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/echo", exchange -> {
            String received = exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + exchange.getRequestHeaders().getFirst("Content-Type") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            byte[] body = ("{\"received\":" + Api.JSON.writeValueAsString(received) + "}").getBytes(StandardCharsets.UTF_8);
            if (exchange.getRequestURI().getQuery() != null) {
                exchange.getResponseHeaders().add("Retry-After", "3");
            }
            exchange.sendResponseHeaders(exchange.getRequestURI().getQuery() != null ? 503 : 201, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void sendsTheTokenAndJsonBodyAndReadsTheAnswer() throws Exception {
        Api.Answer answer = new Api().post(base + "/echo/activities", "t0ken", Map.of("hours", 2));

        assertThat(answer.statusCode()).isEqualTo(201);
        assertThat(answer.retryAfter()).isNull();
        assertThat(Api.expect(201, answer).get("received").asText())
                .isEqualTo("POST /echo/activities Bearer t0ken application/json {\"hours\":2}");
    }

    @Test
    void readsRetryAfterAndNamesTheUriOfAnUnexpectedStatus() throws Exception {
        Api.Answer answer = new Api().get(base + "/echo/busy?x=1", null);

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.retryAfter()).isEqualTo("3");
        assertThatThrownBy(() -> Api.expect(200, answer)).hasMessageContaining("/echo/busy?x=1 answered 503");
    }

    @Test
    void carriesManyRequestsAtOnce() throws Exception {
        Api api = new Api();
        List<CompletableFuture<Api.Answer>> answers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            answers.add(api.getAsync(base + "/echo/" + i, "t"));
        }
        for (int i = 0; i < 200; i++) {
            assertThat(Api.expect(201, answers.get(i).get()).get("received").asText()).startsWith("GET /echo/" + i + " ");
        }
    }
}
