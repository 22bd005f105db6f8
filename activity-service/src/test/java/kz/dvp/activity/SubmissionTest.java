package kz.dvp.activity;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.common.mapper.TypeRef;
import io.restassured.response.Response;
import kz.dvp.activity.support.World;
import kz.dvp.events.Category;
import kz.dvp.events.VolunteerProfileChanged;
import kz.dvp.events.VolunteerStatus;
import kz.dvp.events.VolunteerStatusChanged;
import kz.dvp.platform.security.Claims;
import kz.dvp.platform.testing.TestEvents;
import kz.dvp.platform.testing.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import static kz.dvp.activity.support.World.activity;
import static kz.dvp.activity.support.World.as;
import static kz.dvp.activity.support.World.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class SubmissionTest extends WithDevStack {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void volunteerSelfReportsAndHoursComeFromTheInterval() {
        World.Scene scene = new World(bootstrap).scene("KZ-71", Category.ECOLOGY);
        UUID volunteer = scene.volunteer();
        UUID project = scene.project();
        String account = UUID.randomUUID().toString();
        String token = TestTokens.token(account, "VOLUNTEER", Map.of(Claims.VOLUNTEER, volunteer.toString()));

        Map<String, Object> created = as(token).body(activity(volunteer, project, daysAgo(3, 4), 4.5, "SELF_REPORT"))
                .post("/api/v1/activities")
                .then().statusCode(201).body("hours", equalTo(4.5f)).body("status", equalTo("SUBMITTED"))
                .body("region", equalTo("KZ-71")).body("programCode", equalTo("ZHAS_AGASH"))
                .body("category", equalTo("ECOLOGY")).extract().as(new TypeRef<>() { });
        // what was stored reads back as what was answered
        Map<String, Object> stored = as(token).get("/api/v1/activities/" + created.get("id"))
                .then().statusCode(200).extract().as(new TypeRef<>() { });
        for (String field : List.of("volunteerId", "organizationId", "projectId", "programCode", "category", "region",
                "start", "end", "hours", "description", "method", "status")) {
            assertThat(stored.get(field)).as(field).isEqualTo(created.get(field));
        }
        as(TestTokens.admin()).get("/api/v1/activities/" + created.get("id") + "/history").then().statusCode(200)
                .body("toStatus", contains("SUBMITTED")).body("[0].actor", equalTo(account));
        as(TestTokens.volunteer(UUID.randomUUID())).body(activity(volunteer, project, daysAgo(4, 4), 1, "SELF_REPORT"))
                .post("/api/v1/activities").then().statusCode(403).body("code", equalTo("self-report-forbidden"));
        as(token).body(activity(volunteer, project, daysAgo(4, 4), 1, "CHECK_IN")).post("/api/v1/activities")
                .then().statusCode(422).body("code", equalTo("check-in-method"));
    }

    @Test
    void replicasFollowIdentityAndOrgEvents() {
        World world = new World(bootstrap);
        UUID volunteer = world.adult("KZ-71");
        UUID project = world.project(world.verifiedOrganization("KZ-71"), Category.ECOLOGY, true, "KZ-71", "KZ-75");
        String token = TestTokens.volunteer(volunteer);
        World.awaitKnown(token, volunteer, project);

        as(token).body(activity(volunteer, project, daysAgo(3, 4), 1, "SELF_REPORT")).post("/api/v1/activities")
                .then().statusCode(201).body("region", equalTo("KZ-71"));
        TestEvents.publish(bootstrap, "/dvp/identity-service",
                new VolunteerProfileChanged(volunteer, "KZ-75", false, false, List.of(), List.of(), Instant.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(token).body(activity(volunteer, project, daysAgo(4, 4), 1, "SELF_REPORT")).post("/api/v1/activities")
                        .then().statusCode(201).body("region", equalTo("KZ-75")));

        TestEvents.publish(bootstrap, "/dvp/identity-service",
                new VolunteerStatusChanged(volunteer, VolunteerStatus.ACTIVE, VolunteerStatus.SUSPENDED, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(token).body(activity(volunteer, project, daysAgo(5, 4), 1, "SELF_REPORT")).post("/api/v1/activities")
                        .then().statusCode(422).body("code", equalTo("volunteer-not-active")));
    }

    @Test
    void unknownVolunteerProjectOrOrganizationIsRetryableNotAnError() {
        UUID stranger = UUID.randomUUID();
        as(TestTokens.volunteer(stranger)).body(activity(stranger, UUID.randomUUID(), daysAgo(3, 4), 2, "SELF_REPORT"))
                .post("/api/v1/activities").then().statusCode(503).header("Retry-After", "5")
                .body("code", equalTo("volunteer-not-yet-known"));

        World world = new World(bootstrap);
        UUID volunteer = world.adult("KZ-71");
        String token = TestTokens.volunteer(volunteer);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(token).body(activity(volunteer, UUID.randomUUID(), daysAgo(3, 4), 2, "SELF_REPORT"))
                        .post("/api/v1/activities").then().statusCode(503).header("Retry-After", "5")
                        .body("code", equalTo("project-not-yet-known")));
        // a project whose organization's event has not reached activity-service
        UUID project = world.project(UUID.randomUUID(), Category.SOCIAL, true, "KZ-71");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(token).body(activity(volunteer, project, daysAgo(3, 4), 2, "SELF_REPORT"))
                        .post("/api/v1/activities").then().statusCode(503).header("Retry-After", "5")
                        .body("code", equalTo("organization-not-yet-known")));
        as(TestTokens.admin()).queryParam("volunteerId", volunteer.toString()).get("/api/v1/activities")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void overlapAcrossOrganizationsNamesTheConflictingActivity() {
        World world = new World(bootstrap);
        UUID volunteer = world.adult("KZ-71");
        UUID first = world.project(world.verifiedOrganization("KZ-71"), Category.SOCIAL, true, "KZ-71");
        UUID second = world.project(world.verifiedOrganization("KZ-71"), Category.CULTURE, true, "KZ-71");
        String token = TestTokens.volunteer(volunteer);
        World.awaitKnown(token, volunteer, first);
        World.awaitKnown(token, volunteer, second);

        String existing = as(token).body(activity(volunteer, first, daysAgo(2, 4), 3, "SELF_REPORT")).post("/api/v1/activities")
                .then().statusCode(201).extract().path("id");
        as(token).body(activity(volunteer, second, daysAgo(2, 6), 2, "SELF_REPORT")).post("/api/v1/activities")
                .then().statusCode(422).body("code", equalTo("activity-overlap"))
                .body("conflictingActivityId", equalTo(existing));
        as(token).body(activity(volunteer, second, daysAgo(2, 7), 2, "SELF_REPORT")).post("/api/v1/activities")
                .then().statusCode(201);
    }

    @Test
    void aMinorIsKeptOutOfEmergenciesByAgeOnTheActivityDate() {
        World world = new World(bootstrap);
        UUID minor = world.volunteer("KZ-71", LocalDate.now().plusYears(1), true);
        UUID org = world.verifiedOrganization("KZ-71");
        UUID emergency = world.project(org, Category.EMERGENCY, false, "KZ-71");
        String token = TestTokens.volunteer(minor);
        World.awaitKnown(token, minor, emergency);

        as(token).body(activity(minor, emergency, daysAgo(2, 4), 2, "SELF_REPORT")).post("/api/v1/activities")
                .then().statusCode(422).body("code", equalTo("emergency-minor"));
    }

    @Test
    void futureAndTooLongForTheProjectAreRefused() {
        World.Scene scene = new World(bootstrap).scene("KZ-75", Category.SPORT);
        UUID volunteer = scene.volunteer();
        UUID project = scene.project();
        String token = scene.volunteerToken();

        as(token).body(activity(volunteer, project, daysAgo(-1, 4), 2, "SELF_REPORT")).post("/api/v1/activities")
                .then().statusCode(422).body("code", equalTo("activity-in-future"));
        as(token).body(activity(volunteer, project, daysAgo(5, 1), 9, "SELF_REPORT")).post("/api/v1/activities")
                .then().statusCode(422).body("code", equalTo("project-daily-limit"));
        Map<String, Object> badTypes = activity(volunteer, project, daysAgo(5, 1), 2, "SELF_REPORT");
        badTypes.put("start", "yesterday");
        as(token).body(badTypes).post("/api/v1/activities").then().statusCode(400).body("code", equalTo("malformed-body"));
    }

    @Test
    void anActivityLastsAtMostAWeekAndAWeekLongOneStillBlocksItsLastDay() {
        World world = new World(bootstrap);
        UUID volunteer = world.adult("KZ-71");
        // a deployment that allows 24 h a day: its daily limit alone bounds nothing
        UUID deployment = world.project(world.verifiedOrganization("KZ-71"), Category.EMERGENCY, false, 24, "KZ-71");
        String token = TestTokens.volunteer(volunteer);
        World.awaitKnown(token, volunteer, deployment);

        as(token).body(activity(volunteer, deployment, daysAgo(60, 4), 1000, "SELF_REPORT")).post("/api/v1/activities")
                .then().statusCode(422).body("code", equalTo("activity-too-long"));
        String week = as(token).body(activity(volunteer, deployment, daysAgo(10, 4), 7 * 24, "SELF_REPORT"))
                .post("/api/v1/activities").then().statusCode(201).body("hours", equalTo(168.0f)).extract().path("id");
        // an hour on the week's last day, 6 days 22 hours after it began, and the hour right after it ended
        as(token).body(activity(volunteer, deployment, daysAgo(3, 2), 1, "SELF_REPORT")).post("/api/v1/activities")
                .then().statusCode(422).body("code", equalTo("activity-overlap")).body("conflictingActivityId", equalTo(week));
        as(token).body(activity(volunteer, deployment, daysAgo(3, 4), 1, "SELF_REPORT")).post("/api/v1/activities")
                .then().statusCode(201);
    }

    @Test
    void theDailyLimitCountsTheVolunteersEarlierHoursOfTheSameAlmatyDay() {
        World.Scene scene = new World(bootstrap).scene("KZ-75", Category.SPORT);
        UUID volunteer = scene.volunteer();
        UUID project = scene.project();
        String token = scene.volunteerToken();

        // 05:00-10:00 in Almaty (UTC+5); the project allows 8 h a day
        as(token).body(activity(volunteer, project, daysAgo(6, 0), 5, "SELF_REPORT")).post("/api/v1/activities")
                .then().statusCode(201);
        // 19:00-23:00 the same day, nine hours after the first ended: 9 h that day
        as(token).body(activity(volunteer, project, daysAgo(6, 14), 4, "SELF_REPORT")).post("/api/v1/activities")
                .then().statusCode(422).body("code", equalTo("project-daily-limit"));
        // 00:00-04:00 the next day in Almaty, though the same UTC day as the first
        as(token).body(activity(volunteer, project, daysAgo(6, 19), 4, "SELF_REPORT")).post("/api/v1/activities")
                .then().statusCode(201);
    }

    @Test
    void coordinatorsRecordForTheirOwnOrganizationOnly() {
        World.Scene scene = new World(bootstrap).scene("KZ-71", Category.ECOLOGY);
        UUID volunteer = scene.volunteer();
        UUID org = scene.organization();
        UUID project = scene.project();

        as(TestTokens.coordinator(org)).body(activity(volunteer, project, daysAgo(6, 4), 2, "COORDINATOR"))
                .post("/api/v1/activities").then().statusCode(201).body("method", equalTo("COORDINATOR"));
        as(TestTokens.coordinator(UUID.randomUUID())).body(activity(volunteer, project, daysAgo(7, 4), 2, "COORDINATOR"))
                .post("/api/v1/activities").then().statusCode(403).body("code", equalTo("organization-forbidden"));
        as(TestTokens.operator("KZ-71")).body(activity(volunteer, project, daysAgo(7, 4), 2, "COORDINATOR"))
                .post("/api/v1/activities").then().statusCode(403);
    }

    @Test
    void submissionsSentTogetherAreWrittenTogetherYetEachAnsweredAsIfAlone() throws Exception {
        World world = new World(bootstrap);
        World.Scene scene = world.scene("KZ-71", Category.ECOLOGY);
        UUID volunteer = scene.volunteer();
        UUID other = world.adult("KZ-71");
        UUID project = scene.project();
        String volunteerAccount = UUID.randomUUID().toString();
        String coordinatorAccount = UUID.randomUUID().toString();
        String volunteerToken = TestTokens.token(volunteerAccount, "VOLUNTEER", Map.of(Claims.VOLUNTEER, volunteer.toString()));
        String coordinatorToken = TestTokens.token(coordinatorAccount, "ORG_COORDINATOR",
                Map.of(Claims.ORGANIZATION, scene.organization().toString()));
        World.awaitKnown(TestTokens.volunteer(other), other, project);

        // sent at once: 12 good self-reports, two that overlap each other, 12 a coordinator records for another
        // volunteer, one for a project not known here, one self-report for somebody else
        Map<String, Callable<Response>> requests = new LinkedHashMap<>();
        for (int day = 2; day <= 13; day++) {
            Map<String, Object> body = activity(volunteer, project, daysAgo(day, 4), 2, "SELF_REPORT");
            requests.put("self-" + day, () -> as(volunteerToken).body(body).post("/api/v1/activities"));
            Map<String, Object> recorded = activity(other, project, daysAgo(day, 4), 3, "COORDINATOR");
            requests.put("coordinator-" + day, () -> as(coordinatorToken).body(recorded).post("/api/v1/activities"));
        }
        Map<String, Object> twice = activity(volunteer, project, daysAgo(14, 4), 2, "SELF_REPORT");
        requests.put("overlap-a", () -> as(volunteerToken).body(twice).post("/api/v1/activities"));
        requests.put("overlap-b", () -> as(volunteerToken).body(twice).post("/api/v1/activities"));
        Map<String, Object> unknownProject = activity(volunteer, UUID.randomUUID(), daysAgo(15, 4), 2, "SELF_REPORT");
        requests.put("unknown-project", () -> as(volunteerToken).body(unknownProject).post("/api/v1/activities"));
        Map<String, Object> notMine = activity(volunteer, project, daysAgo(16, 4), 2, "SELF_REPORT");
        requests.put("not-mine", () -> as(TestTokens.volunteer(other)).body(notMine).post("/api/v1/activities"));

        Map<String, Response> answers = World.atOnce(requests);

        for (int day = 2; day <= 13; day++) {
            answers.get("self-" + day).then().statusCode(201).body("volunteerId", equalTo(volunteer.toString()))
                    .body("hours", equalTo(2.0f)).body("method", equalTo("SELF_REPORT"));
            answers.get("coordinator-" + day).then().statusCode(201).body("volunteerId", equalTo(other.toString()))
                    .body("hours", equalTo(3.0f)).body("method", equalTo("COORDINATOR"));
        }
        List<Response> overlapping = List.of(answers.get("overlap-a"), answers.get("overlap-b"));
        assertThat(overlapping).extracting(Response::statusCode).containsExactlyInAnyOrder(201, 422);
        String kept = overlapping.stream().filter(r -> r.statusCode() == 201).findFirst().orElseThrow().path("id");
        overlapping.stream().filter(r -> r.statusCode() == 422).findFirst().orElseThrow().then()
                .body("code", equalTo("activity-overlap")).body("conflictingActivityId", equalTo(kept));
        answers.get("unknown-project").then().statusCode(503).body("code", equalTo("project-not-yet-known"));
        answers.get("not-mine").then().statusCode(403).body("code", equalTo("self-report-forbidden"));

        // stored as answered, each with its own sender in its history
        as(TestTokens.admin()).queryParam("volunteerId", volunteer.toString()).get("/api/v1/activities")
                .then().statusCode(200).body("total", equalTo(13));
        as(TestTokens.admin()).queryParam("volunteerId", other.toString()).get("/api/v1/activities")
                .then().statusCode(200).body("total", equalTo(12));
        as(TestTokens.admin()).get("/api/v1/activities/" + answers.get("self-2").path("id") + "/history")
                .then().statusCode(200).body("[0].actor", equalTo(volunteerAccount));
        as(TestTokens.admin()).get("/api/v1/activities/" + answers.get("coordinator-2").path("id") + "/history")
                .then().statusCode(200).body("[0].actor", equalTo(coordinatorAccount));
        // and some were written in one transaction: what the test is about
        assertThat(World.largestGroup("dvp_activity_submission_group_submissions")).isGreaterThan(1);
    }
}
