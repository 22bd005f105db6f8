package kz.dvp.activity;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import kz.dvp.activity.support.World;
import kz.dvp.events.ActivityVerified;
import kz.dvp.events.CloudEvent;
import kz.dvp.events.Category;
import kz.dvp.events.OrganizationSuspended;
import kz.dvp.events.Topics;
import kz.dvp.platform.security.Claims;
import kz.dvp.platform.testing.TestEvents;
import kz.dvp.platform.testing.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static kz.dvp.activity.support.World.activity;
import static kz.dvp.activity.support.World.as;
import static kz.dvp.activity.support.World.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class WorkflowTest extends WithDevStack {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void submittedVerifiedRevokedWithHistoryAndEventsInPerVolunteerOrder() {
        World.Scene scene = new World(bootstrap).scene("KZ-71", Category.ECOLOGY);
        UUID volunteer = scene.volunteer();
        UUID org = scene.organization();
        UUID project = scene.project();
        String token = scene.volunteerToken();
        String id = as(token).body(activity(volunteer, project, daysAgo(3, 4), 3, "SELF_REPORT")).post("/api/v1/activities")
                .then().statusCode(201).extract().path("id");
        String path = "/api/v1/activities/" + id;

        as(token).body(Map.of("decision", "VERIFIED")).post(path + "/verification").then().statusCode(403);
        as(TestTokens.coordinator(UUID.randomUUID())).body(Map.of("decision", "VERIFIED")).post(path + "/verification")
                .then().statusCode(403).body("code", equalTo("organization-forbidden"));
        as(TestTokens.coordinator(org)).body(Map.of("decision", "VERIFIED")).post(path + "/verification")
                .then().statusCode(200).body("status", equalTo("VERIFIED"));
        as(TestTokens.coordinator(org)).body(Map.of("decision", "REJECTED", "reason", "late")).post(path + "/verification")
                .then().statusCode(409).body("code", equalTo("activity-not-submitted"));
        as(TestTokens.coordinator(org)).body(Map.of("reason", "Fraud")).post(path + "/revocation").then().statusCode(403);
        as(TestTokens.operator("KZ-75")).body(Map.of("reason", "Fraud")).post(path + "/revocation").then().statusCode(403);
        as(TestTokens.operator("KZ-71")).body(Map.of("reason", "Fraud: event did not take place")).post(path + "/revocation")
                .then().statusCode(200).body("status", equalTo("REVOKED"));

        as(TestTokens.admin()).get(path + "/history").then().statusCode(200)
                .body("toStatus", contains("SUBMITTED", "VERIFIED", "REVOKED"))
                .body("[2].reason", equalTo("Fraud: event did not take place"));

        List<CloudEvent> events = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            events.clear();
            events.addAll(TestEvents.withKey(bootstrap, Topics.ACTIVITY_ACTIVITIES, volunteer.toString()));
            assertThat(events).hasSize(3);
        });
        assertThat(events).extracting(e -> e.type().type()).containsExactly(
                "kz.dvp.activity.submitted.v1", "kz.dvp.activity.verified.v1", "kz.dvp.activity.revoked.v1");
        ActivityVerified verified = (ActivityVerified) events.get(1).data();
        assertThat(verified.hours()).isEqualByComparingTo("3");
        assertThat(verified.programCode()).isEqualTo("ZHAS_AGASH");
        assertThat(verified.organizationId()).isEqualTo(org);
    }

    @Test
    void nobodyVerifiesTheirOwnActivityAndRejectionNeedsAReason() {
        World.Scene scene = new World(bootstrap).scene("KZ-71", Category.SOCIAL);
        UUID volunteer = scene.volunteer();
        UUID org = scene.organization();
        UUID project = scene.project();
        String coordinator = TestTokens.token("coordinator-" + UUID.randomUUID(), "ORG_COORDINATOR", Map.of("org", org.toString()));
        String id = as(coordinator).body(activity(volunteer, project, daysAgo(2, 4), 2, "COORDINATOR"))
                .post("/api/v1/activities").then().statusCode(201).extract().path("id");

        as(coordinator).body(Map.of("decision", "VERIFIED")).post("/api/v1/activities/" + id + "/verification")
                .then().statusCode(403).body("code", equalTo("self-verification"));
        as(TestTokens.operator("KZ-71")).body(Map.of("decision", "REJECTED")).post("/api/v1/activities/" + id + "/verification")
                .then().statusCode(422).body("code", equalTo("reason-required"));
        as(TestTokens.operator("KZ-71")).body(Map.of("decision", "REJECTED", "reason", "No such event on that day"))
                .post("/api/v1/activities/" + id + "/verification").then().statusCode(200).body("status", equalTo("REJECTED"));
    }

    @Test
    void aSuspendedOrganizationsPendingActivitiesCannotBeVerified() {
        World.Scene scene = new World(bootstrap).scene("KZ-71", Category.SOCIAL);
        UUID volunteer = scene.volunteer();
        UUID org = scene.organization();
        UUID project = scene.project();
        String token = scene.volunteerToken();
        String id = as(token).body(activity(volunteer, project, daysAgo(2, 4), 2, "SELF_REPORT")).post("/api/v1/activities")
                .then().statusCode(201).extract().path("id");

        TestEvents.publish(bootstrap, "/dvp/org-service", new OrganizationSuspended(org, "KZ-71", Instant.now()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(TestTokens.coordinator(org)).body(Map.of("decision", "VERIFIED")).post("/api/v1/activities/" + id + "/verification")
                        .then().statusCode(422).body("code", equalTo("organization-not-verified")));
        as(token).body(activity(volunteer, project, daysAgo(3, 4), 2, "SELF_REPORT")).post("/api/v1/activities")
                .then().statusCode(422).body("code", equalTo("organization-not-verified"));
    }

    @Test
    void bulkVerificationAnswersPerId() {
        World.Scene scene = new World(bootstrap).scene("KZ-11", Category.SOCIAL);
        UUID volunteer = scene.volunteer();
        UUID org = scene.organization();
        UUID project = scene.project();
        String token = scene.volunteerToken();
        String a = as(token).body(activity(volunteer, project, daysAgo(2, 4), 1, "SELF_REPORT")).post("/api/v1/activities")
                .then().statusCode(201).extract().path("id");
        String b = as(token).body(activity(volunteer, project, daysAgo(3, 4), 1, "SELF_REPORT")).post("/api/v1/activities")
                .then().statusCode(201).extract().path("id");
        String unknown = UUID.randomUUID().toString();

        as(TestTokens.coordinator(org)).body(Map.of("ids", List.of(a, unknown, b, a), "decision", "VERIFIED"))
                .post("/api/v1/activities/verifications").then().statusCode(200)
                .body("accepted", equalTo(2)).body("rejected", equalTo(2))
                .body("items[0].status", equalTo("VERIFIED")).body("items[1].code", equalTo("activity-not-found"))
                .body("items[2].id", equalTo(b)).body("items[3].code", equalTo("duplicate-id"));
    }

    @Test
    void decisionsMadeAtTheSameTimeTakeTurns() throws Exception {
        World.Scene scene = new World(bootstrap).scene("KZ-11", Category.SOCIAL);
        UUID org = scene.organization();
        List<String> ids = new ArrayList<>();
        for (int day = 2; day <= 7; day++) {
            ids.add(as(scene.volunteerToken()).body(activity(scene.volunteer(), scene.project(), daysAgo(day, 4), 1, "SELF_REPORT"))
                    .post("/api/v1/activities").then().statusCode(201).extract().<String>path("id"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (String id : ids.subList(0, 4)) { // a coordinator verifies while an operator rejects
                String path = "/api/v1/activities/" + id + "/verification";
                Future<Response> verify = pool.submit(() -> as(TestTokens.coordinator(org)).body(Map.of("decision", "VERIFIED")).post(path));
                Future<Response> reject = pool.submit(() -> as(TestTokens.operator("KZ-11"))
                        .body(Map.of("decision", "REJECTED", "reason", "No such event")).post(path));
                List<Response> answers = List.of(verify.get(), reject.get());
                assertThat(answers).extracting(Response::statusCode).containsExactlyInAnyOrder(200, 409);
                assertThat(answers).filteredOn(r -> r.statusCode() == 409).extracting(r -> r.<String>path("code"))
                        .containsExactly("activity-not-submitted");
                String decided = answers.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow().path("status");
                as(TestTokens.admin()).get("/api/v1/activities/" + id + "/history").then().statusCode(200)
                        .body("toStatus", contains("SUBMITTED", decided));
            }
            // two bulk decisions naming the same activities in opposite orders: both answer, each activity decided once
            List<String> rest = ids.subList(4, 6);
            Future<Response> forward = pool.submit(() -> as(TestTokens.coordinator(org))
                    .body(Map.of("ids", rest, "decision", "VERIFIED")).post("/api/v1/activities/verifications"));
            Future<Response> backward = pool.submit(() -> as(TestTokens.operator("KZ-11"))
                    .body(Map.of("ids", List.of(rest.get(1), rest.get(0)), "decision", "VERIFIED")).post("/api/v1/activities/verifications"));
            List<Response> bulk = List.of(forward.get(), backward.get());
            assertThat(bulk).extracting(Response::statusCode).containsExactly(200, 200);
            assertThat(bulk).extracting(r -> r.<Integer>path("accepted")).containsExactlyInAnyOrder(2, 0);
        } finally {
            pool.shutdown();
        }
        List<CloudEvent> events = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            events.clear();
            events.addAll(TestEvents.withKey(bootstrap, Topics.ACTIVITY_ACTIVITIES, scene.volunteer().toString()));
            assertThat(events).hasSize(12); // six submitted, six decided: none twice
        });
    }

    @Test
    void decisionsSentTogetherAreWrittenTogetherEachWithItsSendersRights() throws Exception {
        World.Scene scene = new World(bootstrap).scene("KZ-11", Category.SOCIAL);
        List<String> ids = new ArrayList<>();
        for (int day = 2; day <= 13; day++) {
            ids.add(as(scene.volunteerToken()).body(activity(scene.volunteer(), scene.project(), daysAgo(day, 4), 1, "SELF_REPORT"))
                    .post("/api/v1/activities").then().statusCode(201).extract().<String>path("id"));
        }
        String coordinatorAccount = UUID.randomUUID().toString();
        String coordinator = TestTokens.token(coordinatorAccount, "ORG_COORDINATOR",
                Map.of(Claims.ORGANIZATION, scene.organization().toString()));
        String operator = TestTokens.operator("KZ-11");
        // at once: a coordinator verifies six, an operator rejects four, a stranger's coordinator tries one, and the
        // last is verified by one and rejected by the other
        Map<String, Callable<Response>> requests = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            String path = "/api/v1/activities/" + ids.get(i) + "/verification";
            if (i < 6) {
                requests.put("verify-" + i, () -> as(coordinator).body(Map.of("decision", "VERIFIED")).post(path));
            } else if (i < 10) {
                requests.put("reject-" + i, () -> as(operator).body(Map.of("decision", "REJECTED", "reason", "No such event")).post(path));
            } else if (i == 10) {
                requests.put("stranger", () -> as(TestTokens.coordinator(UUID.randomUUID())).body(Map.of("decision", "VERIFIED")).post(path));
            } else {
                requests.put("both-verify", () -> as(coordinator).body(Map.of("decision", "VERIFIED")).post(path));
                requests.put("both-reject", () -> as(operator).body(Map.of("decision", "REJECTED", "reason", "Twice")).post(path));
            }
        }

        Map<String, Response> answers = World.atOnce(requests);

        for (int i = 0; i < 10; i++) {
            String status = i < 6 ? "VERIFIED" : "REJECTED";
            answers.get((i < 6 ? "verify-" : "reject-") + i).then().statusCode(200)
                    .body("id", equalTo(ids.get(i))).body("status", equalTo(status));
            as(TestTokens.admin()).get("/api/v1/activities/" + ids.get(i) + "/history").then().statusCode(200)
                    .body("toStatus", contains("SUBMITTED", status))
                    .body("[1].actor", i < 6 ? equalTo(coordinatorAccount) : not(coordinatorAccount))
                    .body("[1].reason", equalTo(i < 6 ? "" : "No such event"));
        }
        answers.get("stranger").then().statusCode(403).body("code", equalTo("organization-forbidden"));
        List<Response> both = List.of(answers.get("both-verify"), answers.get("both-reject"));
        assertThat(both).extracting(Response::statusCode).containsExactlyInAnyOrder(200, 409);
        String decided = both.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow().path("status");
        as(TestTokens.admin()).get("/api/v1/activities/" + ids.get(11) + "/history").then().statusCode(200)
                .body("toStatus", contains("SUBMITTED", decided));
        as(TestTokens.admin()).get("/api/v1/activities/" + ids.get(10)).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        assertThat(World.largestGroup("dvp_activity_decision_group_decisions")).isGreaterThan(1);
    }

    @Test
    void listingIsScopedToTheCaller() {
        World.Scene scene = new World(bootstrap).scene("KZ-79", Category.SOCIAL);
        UUID volunteer = scene.volunteer();
        UUID org = scene.organization();
        UUID project = scene.project();
        String token = scene.volunteerToken();
        as(token).body(activity(volunteer, project, daysAgo(2, 4), 1, "SELF_REPORT")).post("/api/v1/activities").then().statusCode(201);

        as(token).get("/api/v1/activities").then().statusCode(200)
                .body("items.volunteerId", everyItem(equalTo(volunteer.toString()))).header("X-Total-Count", "1");
        as(TestTokens.operator("KZ-79")).queryParam("organizationId", org.toString()).get("/api/v1/activities")
                .then().statusCode(200).body("items.region", everyItem(equalTo("KZ-79")));
        as(TestTokens.coordinator(org)).queryParam("organizationId", UUID.randomUUID().toString()).get("/api/v1/activities")
                .then().statusCode(403);
        as(TestTokens.analyst()).get("/api/v1/activities").then().statusCode(403);
        as(null).get("/api/v1/activities").then().statusCode(401);
    }
}
