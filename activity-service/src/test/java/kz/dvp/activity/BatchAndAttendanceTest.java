package kz.dvp.activity;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import kz.dvp.activity.support.World;
import kz.dvp.events.Category;
import kz.dvp.platform.testing.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static kz.dvp.activity.support.World.activity;
import static kz.dvp.activity.support.World.as;
import static kz.dvp.activity.support.World.daysAgo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class BatchAndAttendanceTest extends WithDevStack {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    Pool pool;

    @Test
    void batchImportValidatesEachItemAloneAndWritesTheGoodOnes() {
        World.Scene scene = new World(bootstrap).scene("KZ-71", Category.ECOLOGY);
        UUID volunteer = scene.volunteer();
        UUID org = scene.organization();
        UUID project = scene.project();

        List<Map<String, Object>> items = new ArrayList<>();
        items.add(activity(volunteer, project, daysAgo(10, 4), 2, "COORDINATOR"));
        items.add(activity(volunteer, project, daysAgo(10, 5), 2, "COORDINATOR"));          // overlaps item 0
        items.add(activity(UUID.randomUUID(), project, daysAgo(10, 4), 2, "COORDINATOR"));  // unknown volunteer
        items.add(activity(volunteer, project, daysAgo(-2, 4), 2, "COORDINATOR"));          // future
        items.add(activity(volunteer, project, daysAgo(11, 4), 3, "COORDINATOR"));

        as(TestTokens.coordinator(org)).body(Map.of("items", items)).post("/api/v1/activities/batch")
                .then().statusCode(200)
                .body("accepted", equalTo(2)).body("rejected", equalTo(3))
                .body("items[0].id", notNullValue()).body("items[0].status", equalTo("SUBMITTED"))
                .body("items[1].code", equalTo("activity-overlap"))
                .body("items[2].code", equalTo("volunteer-not-yet-known"))
                .body("items[3].code", equalTo("activity-in-future"))
                .body("items[4].status", equalTo("SUBMITTED"));

        as(TestTokens.volunteer(volunteer)).body(Map.of("items", items)).post("/api/v1/activities/batch").then().statusCode(403);
        as(TestTokens.coordinator(org)).body(Map.of("items", List.of())).post("/api/v1/activities/batch").then().statusCode(400);
    }

    @Test
    void checkInThenCheckOutRecordsTheAttendance() {
        World.Scene scene = new World(bootstrap).scene("KZ-71", Category.ECOLOGY);
        UUID volunteer = scene.volunteer();
        UUID project = scene.project();
        String token = scene.volunteerToken();
        String path = "/api/v1/projects/" + project;

        as(token).body(Map.of("volunteerId", volunteer.toString())).post(path + "/check-ins").then().statusCode(201);
        as(token).body(Map.of("volunteerId", volunteer.toString())).post(path + "/check-ins").then().statusCode(409)
                .body("code", equalTo("already-checked-in"));
        checkedInEarlier(project, volunteer, Duration.ofHours(2));

        as(token).body(Map.of("volunteerId", volunteer.toString(), "description", "Tree planting shift"))
                .post(path + "/check-outs").then().statusCode(201)
                .body("method", equalTo("CHECK_IN")).body("hours", equalTo(2.0f)).body("status", equalTo("SUBMITTED"));
        as(token).body(Map.of("volunteerId", volunteer.toString())).post(path + "/check-outs").then().statusCode(409)
                .body("code", equalTo("not-checked-in"));
    }

    @Test
    void aCheckInWithoutCheckOutExpiresAfterTheProjectsMaximumHours() {
        World.Scene scene = new World(bootstrap).scene("KZ-71", Category.ECOLOGY);
        UUID volunteer = scene.volunteer();
        UUID project = scene.project();
        String token = scene.volunteerToken();
        String path = "/api/v1/projects/" + project;
        as(token).body(Map.of("volunteerId", volunteer.toString())).post(path + "/check-ins").then().statusCode(201);
        checkedInEarlier(project, volunteer, Duration.ofHours(9));

        as(token).body(Map.of("volunteerId", volunteer.toString())).post(path + "/check-outs").then().statusCode(409)
                .body("code", equalTo("check-in-expired"));
        String outcome = pool.preparedQuery("select outcome from attendance where project_id = $1 and volunteer_id = $2")
                .execute(Tuple.of(project, volunteer)).await().atMost(Duration.ofSeconds(5)).iterator().next().getString(0);
        org.assertj.core.api.Assertions.assertThat(outcome).isEqualTo("EXPIRED");
        as(token).body(Map.of("volunteerId", volunteer.toString())).post(path + "/check-ins").then().statusCode(201);
    }

    /** The clock cannot be moved, so the open check-in is: as if it had happened that long ago. */
    private void checkedInEarlier(UUID project, UUID volunteer, Duration ago) {
        pool.preparedQuery("update attendance set checked_in_at = checked_in_at - make_interval(mins => $3) "
                        + "where project_id = $1 and volunteer_id = $2 and closed_at is null")
                .execute(Tuple.of(project, volunteer, (int) ago.toMinutes())).await().atMost(Duration.ofSeconds(5));
    }
}
