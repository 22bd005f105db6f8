package kz.dvp.passport;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import kz.dvp.events.VolunteerProfileChanged;
import kz.dvp.passport.support.Facts;
import kz.dvp.platform.testing.TestEvents;
import kz.dvp.platform.testing.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static kz.dvp.passport.support.Facts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class AccessAndStatisticsTest extends WithDevStack {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @TestHTTPResource("/api/v1/stats/stream")
    URI stream;

    @Test
    void whoMayReadAPassport() {
        Facts facts = new Facts(bootstrap);
        UUID volunteer = facts.volunteer("KZ-71", false);
        UUID org = UUID.randomUUID();
        facts.verified(UUID.randomUUID(), volunteer, org, facts.project(org, "P"), "2026-05-02T04:00:00Z", "2");
        String path = "/api/v1/passports/" + volunteer;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(TestTokens.volunteer(volunteer)).get(path).then().statusCode(200).body("totalHours", equalTo(2.0f)));

        as(TestTokens.admin()).get(path).then().statusCode(200);
        as(TestTokens.operator("KZ-71")).get(path).then().statusCode(200);
        as(TestTokens.operator("KZ-75")).get(path).then().statusCode(404);
        as(TestTokens.volunteer(UUID.randomUUID())).get(path).then().statusCode(404);
        as(TestTokens.partner("passport.read")).get(path).then().statusCode(404).body("code", equalTo("passport-not-found"));
        as(TestTokens.coordinator(org)).get(path).then().statusCode(403);
        as(null).get(path).then().statusCode(401);

        TestEvents.publish(bootstrap, "/dvp/identity-service",
                new VolunteerProfileChanged(volunteer, "KZ-71", false, true, List.of(), List.of(), Instant.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(TestTokens.partner("passport.read")).get(path).then().statusCode(200));
        as(TestTokens.partner("stats.read")).get(path).then().statusCode(404);
        as(TestTokens.partner("passport.read")).get(path + "/activities").then().statusCode(200);
    }

    @Test
    void nationalAndRegionalFiguresForAnalysts() {
        Facts facts = new Facts(bootstrap);
        UUID volunteer = facts.volunteer("KZ-62", false);
        UUID org = UUID.randomUUID();
        facts.verified(UUID.randomUUID(), volunteer, org, facts.project(org, "P"), Instant.now().minus(Duration.ofDays(2))
                .truncatedTo(java.time.temporal.ChronoUnit.HOURS).toString(), "4");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(TestTokens.volunteer(volunteer)).get("/api/v1/passports/" + volunteer).then().statusCode(200)
                        .body("totalHours", equalTo(4.0f)));

        as(TestTokens.analyst()).get("/api/v1/stats/national").then().statusCode(200)
                .body("registeredVolunteers", greaterThanOrEqualTo(1)).body("activeVolunteers", greaterThanOrEqualTo(1))
                .body("hoursByCategory.ECOLOGY", greaterThanOrEqualTo(4.0f));
        java.util.Map<String, Integer> perMinute = as(TestTokens.analyst()).get("/api/v1/stats/national").then()
                .extract().path("verificationsByMinute");
        assertThat(perMinute).hasSize(30);
        assertThat(perMinute.values().stream().mapToInt(Integer::intValue).sum()).as("the verification just made").isPositive();
        as(TestTokens.analyst()).get("/api/v1/stats/regions").then().statusCode(200).body("$", hasSize(20))
                .body("find { it.region == 'KZ-62' }.figures.registeredVolunteers", greaterThanOrEqualTo(1))
                .body("find { it.region == 'KZ-75' }.nameEn", equalTo("Almaty"));
        as(TestTokens.volunteer(volunteer)).get("/api/v1/stats/national").then().statusCode(403);
        as(null).get("/api/v1/stats/national").then().statusCode(401);
    }

    @Test
    void theStreamPushesTheFiguresAsServerSentEvents() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(stream).header("Authorization", "Bearer " + TestTokens.analyst())
                .header("Accept", "text/event-stream").build();
        var response = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines());

        String firstData = response.thenApply(r -> {
            assertThat(r.statusCode()).isEqualTo(200);
            return r.body().filter(line -> line.startsWith("data:")).findFirst().orElseThrow();
        }).get(20, TimeUnit.SECONDS);

        assertThat(firstData).contains("registeredVolunteers").contains("verifiedHours");
        int refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(stream)
                .header("Authorization", "Bearer " + TestTokens.volunteer(UUID.randomUUID())).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        assertThat(refused).isEqualTo(403);
    }
}
