package kz.dvp.org;

import io.quarkus.test.junit.QuarkusTest;
import kz.dvp.org.support.OrgApi;
import kz.dvp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static kz.dvp.org.support.OrgApi.as;
import static kz.dvp.org.support.OrgApi.project;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class ProjectTest extends WithDevStack {

    @Test
    void nationalProgrammesArePresentFromTheFirstStart() {
        as(null).get("/api/v1/programs").then().statusCode(200)
                .body("code", hasItems("ZHAS_AGASH", "EKO_BAKYLAU", "BILIM_VOLUNTEERS"))
                .body("find { it.code == 'ZHAS_AGASH' }.nameKk", equalTo("Жас ағаш"))
                .body("find { it.code == 'ZHAS_AGASH' }.category", equalTo("ECOLOGY"))
                .body("find { it.code == 'BILIM_VOLUNTEERS' }.category", equalTo("EDUCATION"));
    }

    @Test
    void onlyANationalAdminAddsProgrammes() {
        Map<String, Object> programme = Map.of("code", "SAU_BOL_" + (System.nanoTime() % 100000), "nameKk", "Сау бол",
                "nameRu", "Будь здоров", "nameEn", "Be Healthy", "category", "HEALTH");
        as(TestTokens.operator("KZ-71")).body(programme).post("/api/v1/programs").then().statusCode(403);
        as(TestTokens.admin()).body(programme).post("/api/v1/programs").then().statusCode(201);
        as(TestTokens.admin()).body(programme).post("/api/v1/programs").then().statusCode(409);
        as(null).get("/api/v1/programs").then().body("code", hasItem(programme.get("code")));
    }

    @Test
    void coordinatorOfAVerifiedOrganizationPublishesUnderAProgramme() {
        UUID org = OrgApi.verified("KZ-71");

        as(TestTokens.coordinator(org)).body(project("ECOLOGY", "ZHAS_AGASH", true))
                .post("/api/v1/organizations/" + org + "/projects").then().statusCode(201)
                .body("status", equalTo("OPEN")).body("programCode", equalTo("ZHAS_AGASH"))
                .body("regions", hasItems("KZ-11", "KZ-71"));
        as(TestTokens.coordinator(UUID.randomUUID())).body(project("ECOLOGY", null, true))
                .post("/api/v1/organizations/" + org + "/projects").then().statusCode(403)
                .body("code", equalTo("organization-forbidden"));
        as(TestTokens.operator("KZ-71")).body(project("ECOLOGY", null, true))
                .post("/api/v1/organizations/" + org + "/projects").then().statusCode(403);
    }

    @Test
    void pendingAndSuspendedOrganizationsCannotPublish() {
        UUID pending = OrgApi.registered("KZ-71");
        as(TestTokens.coordinator(pending)).body(project("SOCIAL", null, true))
                .post("/api/v1/organizations/" + pending + "/projects").then().statusCode(422)
                .body("code", equalTo("organization-not-verified"));

        UUID suspended = OrgApi.verified("KZ-71");
        as(TestTokens.admin()).body(Map.of("action", "SUSPEND", "reason", "Audit"))
                .post("/api/v1/organizations/" + suspended + "/suspension").then().statusCode(200);
        as(TestTokens.coordinator(suspended)).body(project("SOCIAL", null, true))
                .post("/api/v1/organizations/" + suspended + "/projects").then().statusCode(422)
                .body("code", equalTo("organization-not-verified"));
    }

    @Test
    void projectRules() {
        UUID org = OrgApi.verified("KZ-71");
        String path = "/api/v1/organizations/" + org + "/projects";
        String coordinator = TestTokens.coordinator(org);

        as(coordinator).body(project("EMERGENCY", null, true)).post(path).then().statusCode(422)
                .body("code", equalTo("emergency-minors"));
        as(coordinator).body(project("EMERGENCY", null, false)).post(path).then().statusCode(201);
        as(coordinator).body(project("ECOLOGY", "NO_SUCH", true)).post(path).then().statusCode(422)
                .body("code", equalTo("program-unknown"));
        Map<String, Object> backwards = project("ECOLOGY", null, true);
        backwards.put("endDate", LocalDate.now().minusDays(1).toString());
        as(coordinator).body(backwards).post(path).then().statusCode(422).body("code", equalTo("project-dates"));
        Map<String, Object> tooLong = project("ECOLOGY", null, true);
        tooLong.put("maxHoursPerDay", 25);
        as(coordinator).body(tooLong).post(path).then().statusCode(400).body("errors.field", hasItem("maxHoursPerDay"));
        Map<String, Object> badCategory = project("GARDENING", null, true);
        as(coordinator).body(badCategory).post(path).then().statusCode(400).body("code", equalTo("malformed-body"));
    }

    @Test
    void closingAndListingProjects() {
        UUID org = OrgApi.verified("KZ-15");
        String coordinator = TestTokens.coordinator(org);
        Map<String, Object> body = project("EDUCATION", "BILIM_VOLUNTEERS", true);
        body.put("regions", java.util.Set.of("KZ-15"));
        String id = as(coordinator).body(body).post("/api/v1/organizations/" + org + "/projects")
                .then().statusCode(201).extract().path("id");

        as(TestTokens.coordinator(UUID.randomUUID())).post("/api/v1/projects/" + id + "/closure").then().statusCode(403);
        as(coordinator).post("/api/v1/projects/" + id + "/closure").then().statusCode(200).body("status", equalTo("CLOSED"));
        as(coordinator).post("/api/v1/projects/" + id + "/closure").then().statusCode(409);

        as(null).queryParam("organizationId", org.toString()).queryParam("open", false).get("/api/v1/projects")
                .then().statusCode(200).body("items.id", hasItem(id)).header("X-Total-Count", "1");
        as(null).queryParam("program", "BILIM_VOLUNTEERS").queryParam("region", "KZ-15").get("/api/v1/projects")
                .then().statusCode(200).body("items.programCode", everyItem(equalTo("BILIM_VOLUNTEERS")));
        as(null).get("/api/v1/projects/" + id).then().statusCode(200).body("category", equalTo("EDUCATION"));
        as(null).get("/api/v1/projects/" + UUID.randomUUID()).then().statusCode(404).body("code", equalTo("project-not-found"));
    }
}
