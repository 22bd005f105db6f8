package kz.dvp.activity.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import kz.dvp.events.Category;
import kz.dvp.events.OrganizationKind;
import kz.dvp.events.OrganizationRegistered;
import kz.dvp.events.OrganizationStatus;
import kz.dvp.events.OrganizationVerified;
import kz.dvp.events.ProjectPublished;
import kz.dvp.events.Sex;
import kz.dvp.events.VolunteerRegistered;
import kz.dvp.events.VolunteerStatus;
import kz.dvp.platform.testing.TestEvents;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * The facts activity-service learns from identity and org, published on their topics as those services would.
 */
public final class World {

    private final String bootstrap;

    public World(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    public UUID volunteer(String region, LocalDate adultOn, boolean guardianConsent) {
        UUID id = UUID.randomUUID();
        TestEvents.publish(bootstrap, "/dvp/identity-service", new VolunteerRegistered(id, region, 2000, Sex.FEMALE,
                VolunteerStatus.ACTIVE, guardianConsent, false, List.of(), List.of("kk"), adultOn, Instant.now()));
        return id;
    }

    public UUID adult(String region) {
        return volunteer(region, null, false);
    }

    public UUID verifiedOrganization(String region) {
        UUID id = UUID.randomUUID();
        TestEvents.publish(bootstrap, "/dvp/org-service",
                new OrganizationRegistered(id, "Жас ағаш", null, OrganizationKind.NGO, region,
                        OrganizationStatus.PENDING_VERIFICATION, Instant.now()),
                new OrganizationVerified(id, region, Instant.now()));
        return id;
    }

    /** A project open since a year ago that allows 8 h a day. */
    public UUID project(UUID organization, Category category, boolean minors, String... regions) {
        return project(organization, category, minors, 8, regions);
    }

    public UUID project(UUID organization, Category category, boolean minors, int maxHoursPerDay, String... regions) {
        UUID id = UUID.randomUUID();
        TestEvents.publish(bootstrap, "/dvp/org-service", new ProjectPublished(organization, id, "Астана жасыл белдеуі",
                category, category == Category.ECOLOGY ? "ZHAS_AGASH" : null, List.of(regions),
                LocalDate.now().minusYears(1), null, minors, maxHoursPerDay, Instant.now()));
        return id;
    }

    /** An adult volunteer, a verified organization and its project in one region, known to activity-service. */
    public record Scene(UUID volunteer, UUID organization, UUID project, String volunteerToken) {
    }

    public Scene scene(String region, Category category) {
        UUID volunteer = adult(region);
        UUID organization = verifiedOrganization(region);
        UUID project = project(organization, category, true, region);
        String token = kz.dvp.platform.testing.TestTokens.volunteer(volunteer);
        awaitKnown(token, volunteer, project);
        return new Scene(volunteer, organization, project, token);
    }

    /** Waits until activity-service knows the volunteer and project (no more 503 for them). */
    public static void awaitKnown(String token, UUID volunteer, UUID project) {
        await().atMost(Duration.ofSeconds(30)).until(() -> as(token).body(activity(volunteer, project, "2020-01-01T00:00:00Z", 1, "SELF_REPORT"))
                .post("/api/v1/activities").statusCode() != 503);
    }

    public static RequestSpecification as(String token) {
        RequestSpecification spec = given().contentType(ContentType.JSON);
        return token == null ? spec : spec.auth().oauth2(token);
    }

    public static Map<String, Object> activity(UUID volunteer, UUID project, String start, double hours, String method) {
        Instant s = Instant.parse(start);
        Map<String, Object> body = new HashMap<>();
        body.put("volunteerId", volunteer.toString());
        body.put("projectId", project.toString());
        body.put("start", s.toString());
        body.put("end", s.plus(Duration.ofMinutes((long) (hours * 60))).toString());
        body.put("description", "Planted saplings");
        body.put("method", method);
        return body;
    }

    /** A start some days ago at 04:00 UTC (09:00 in Almaty), so that activities are recent and in the past. */
    public static String daysAgo(int days, int hourUtc) {
        return LocalDate.now().minusDays(days).atStartOfDay().plusHours(hourUtc).toInstant(java.time.ZoneOffset.UTC).toString();
    }

    /** Sends the requests from as many threads at once; the answers by the requests' names. */
    public static Map<String, Response> atOnce(Map<String, Callable<Response>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            Map<String, Future<Response>> sent = new LinkedHashMap<>();
            requests.forEach((name, request) -> sent.put(name, pool.submit(() -> {
                start.await();
                return request.call();
            })));
            start.countDown();
            Map<String, Response> answers = new LinkedHashMap<>();
            for (var entry : sent.entrySet()) {
                answers.put(entry.getKey(), entry.getValue().get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The largest group of single writes in one transaction so far, from the service's metrics. */
    public static double largestGroup(String meter) {
        return RestAssured.get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith(meter + "_max"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .max().orElse(0);
    }
}
