package kz.dvp.system;

import com.fasterxml.jackson.databind.JsonNode;
import kz.dvp.system.AccessPolicy.Row;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

import static kz.dvp.system.PlatformCalls.JSON;
import static kz.dvp.system.PlatformCalls.get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over ten thousand bad requests, generated from the services' OpenAPI documents ({@link BadRequests}), against the
 * running platform: each must get a 4xx problem+json (413 when too big), none a 5xx, and afterwards no row of any
 * service's database may differ from before.
 */
class BadInputIT {

    private static final long SEED = Long.getLong("dvp.bad-input.seed", 20261126L);
    private static final int AT_LEAST = 10_000;
    private static final int IN_FLIGHT = 16;

    @Test
    void everyBadRequestIsRefusedWithAProblemAndChangesNothing() throws Exception {
        RunningPlatform platform = RunningPlatform.get();
        TestWorld world = new TestWorld();
        Map<String, JsonNode> openApi = new LinkedHashMap<>();
        for (PlatformServices service : PlatformServices.ALL) {
            openApi.put(service.name(), JSON.readTree(get(service.name(), "/q/openapi?format=json", null).body()));
        }
        List<Row> rows = AccessPolicy.TABLE.stream().filter(row -> !row.path().equals("/oauth2/token")).toList();
        List<BadRequests.BadRequest> requests = new BadRequests(openApi, SEED).generate(world, rows, AT_LEAST);
        assertThat(requests).hasSizeGreaterThanOrEqualTo(AT_LEAST);

        DatabaseFingerprint databases = new DatabaseFingerprint(platform.infrastructure.postgres(),
                PlatformServices.ALL.stream().map(PlatformServices::database).toList());
        Map<String, String> before = databases.settled();

        long started = System.nanoTime();
        List<String> wrong = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> statuses = Collections.synchronizedMap(new TreeMap<>());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        List<CompletableFuture<Void>> answers = new ArrayList<>();
        List<BadRequests.BadRequest> transport = requests.stream().filter(BadInputIT::refusedByHttpLayer).toList();
        for (BadRequests.BadRequest bad : requests) {
            if (refusedByHttpLayer(bad)) {
                continue;
            }
            inFlight.acquire();
            answers.add(http.sendAsync(request(platform, bad), HttpResponse.BodyHandlers.ofString())
                    .handle((response, failure) -> {
                        inFlight.release();
                        String problem = check(bad, response, failure);
                        statuses.merge(response == null ? -1 : response.statusCode(), 1, Integer::sum);
                        if (problem != null) {
                            wrong.add(problem);
                        }
                        return null;
                    }));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();
        for (BadRequests.BadRequest bad : transport) {
            // the server closes such a connection after answering: a client of its own for each
            HttpClient single = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpResponse<String> response = null;
            Throwable failure = null;
            try {
                response = single.send(request(platform, bad), HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                failure = e;
            }
            statuses.merge(response == null ? -1 : response.statusCode(), 1, Integer::sum);
            String problem = check(bad, response, failure);
            if (problem != null) {
                wrong.add(problem);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Bad input: %d requests in %.1f s (%.0f/s), statuses %s, %d wrong%n", requests.size(), seconds,
                requests.size() / seconds, statuses, wrong.size());

        assertThat(wrong).as("bad requests not refused with a 4xx problem").isEmpty();
        assertThat(databases.settled()).as("database contents after the bad requests").isEqualTo(before);
    }

    private static HttpRequest request(RunningPlatform platform, BadRequests.BadRequest bad) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.url(bad.service()) + bad.path()))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .method(bad.method(), bad.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(bad.body()));
        if (bad.contentType() != null) {
            request.header("Content-Type", bad.contentType());
        }
        if (bad.token() != null) {
            request.header("Authorization", "Bearer " + bad.token());
        }
        return request.build();
    }

    private static boolean refusedByHttpLayer(BadRequests.BadRequest bad) {
        return bad.defect().equals(BadRequests.OVERSIZED_BODY) || bad.defect().equals(BadRequests.URI_TOO_LONG);
    }

    /** What is wrong with the answer, or null when it is the refusal it should be. */
    private static String check(BadRequests.BadRequest bad, HttpResponse<String> response, Throwable failure) {
        String what = bad.method() + " " + bad.service() + bad.path().substring(0, Math.min(bad.path().length(), 80))
                + " [" + bad.defect() + "]";
        if (failure != null) {
            // over the limit the server may close the connection before the client has read its 413: still refused
            return bad.defect().equals(BadRequests.OVERSIZED_BODY) ? null : what + " failed: " + failure;
        }
        int status = response.statusCode();
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        String body = response.body().length() > 200 ? response.body().substring(0, 200) : response.body();
        if (bad.defect().equals(BadRequests.OVERSIZED_BODY)) {
            return status == 413 ? null : what + " got " + status + ", not 413";
        }
        if (bad.defect().equals(BadRequests.URI_TOO_LONG)) {
            return status == 414 ? null : what + " got " + status + ", not 414";
        }
        if (status < 400 || status >= 500) {
            return what + " got " + status + " " + body;
        }
        if (!contentType.startsWith("application/problem+json")) {
            return what + " got " + status + " as '" + contentType + "' " + body;
        }
        return null;
    }
}
