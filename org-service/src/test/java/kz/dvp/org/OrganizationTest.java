package kz.dvp.org;

import io.quarkus.test.junit.QuarkusTest;
import kz.dvp.org.support.Bins;
import kz.dvp.org.support.OrgApi;
import kz.dvp.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;
import java.util.UUID;

import static kz.dvp.org.support.OrgApi.as;
import static kz.dvp.org.support.OrgApi.organization;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class OrganizationTest extends WithDevStack {

    @Test
    void registrationIsPublicAndStartsPendingWithContactsVisibleOnlyToStaff() {
        UUID id = OrgApi.registered("KZ-71");

        as(null).get("/api/v1/organizations/" + id).then().statusCode(200)
                .body("status", equalTo("PENDING_VERIFICATION")).body("nameKk", equalTo("«Жас ағаш» қоғамдық қоры"))
                .body("contactEmail", nullValue()).body("contactPhone", nullValue());
        as(TestTokens.operator("KZ-71")).get("/api/v1/organizations/" + id).then().statusCode(200)
                .body("contactEmail", equalTo("contact.person@zhasagash.kz"));
        as(TestTokens.operator("KZ-75")).get("/api/v1/organizations/" + id).then().statusCode(200)
                .body("contactEmail", nullValue());
        as(TestTokens.coordinator(id)).get("/api/v1/organizations/" + id).then().body("contactPhone", notNullValue());
    }

    @Test
    void oneOrganizationPerBin() {
        String bin = Bins.valid();
        as(null).body(organization(bin, "KZ-71")).post("/api/v1/organizations").then().statusCode(201);

        as(null).body(organization(bin, "KZ-71")).post("/api/v1/organizations").then().statusCode(409)
                .body("code", equalTo("organization-exists")).body("existingOrganizationId", nullValue());
        as(TestTokens.admin()).body(organization(bin, "KZ-71")).post("/api/v1/organizations").then().statusCode(409)
                .body("existingOrganizationId", notNullValue());
    }

    @ParameterizedTest
    @CsvSource({"21034001234,bin-format", "211340012345,bin-registration-month", "210370012345,bin-entity-type",
            "210345012345,bin-attribute"})
    void everyBinRuleHasItsOwnCode(String bin, String code) {
        as(null).body(organization(bin, "KZ-71")).post("/api/v1/organizations").then().statusCode(422)
                .body("code", equalTo(code)).body("errors[0].field", equalTo("bin"));
    }

    @Test
    void badCheckDigitAndMissingNamesAreRefused() {
        String valid = Bins.valid();
        Map<String, Object> body = organization(valid.substring(0, 11) + ((valid.charAt(11) - '0' + 1) % 10), "KZ-71");
        as(null).body(body).post("/api/v1/organizations").then().statusCode(422).body("code", equalTo("bin-checksum"));

        Map<String, Object> nameless = organization(Bins.valid(), "KZ-71");
        nameless.remove("nameKk");
        nameless.remove("nameRu");
        as(null).body(nameless).post("/api/v1/organizations").then().statusCode(422).body("code", equalTo("name-required"));
    }

    @Test
    void operatorRegistersOnlyInTheirRegionAndOtherRolesNotAtAll() {
        as(TestTokens.operator("KZ-75")).body(organization(Bins.valid(), "KZ-71")).post("/api/v1/organizations")
                .then().statusCode(403).body("code", equalTo("region-forbidden"));
        as(TestTokens.volunteer(UUID.randomUUID())).body(organization(Bins.valid(), "KZ-71")).post("/api/v1/organizations")
                .then().statusCode(403);
    }

    @Test
    void verificationByTheRegionsOperatorWithItsHistory() {
        UUID id = OrgApi.registered("KZ-71");
        String path = "/api/v1/organizations/" + id;

        as(TestTokens.operator("KZ-75")).body(Map.of("decision", "VERIFIED")).post(path + "/verification")
                .then().statusCode(403).body("code", equalTo("region-forbidden"));
        as(TestTokens.coordinator(id)).body(Map.of("decision", "VERIFIED")).post(path + "/verification").then().statusCode(403);
        as(null).body(Map.of("decision", "VERIFIED")).post(path + "/verification").then().statusCode(401);
        as(TestTokens.operator("KZ-71")).body(Map.of("decision", "VERIFIED", "reason", "Register extract 2026-11"))
                .post(path + "/verification").then().statusCode(200).body("status", equalTo("VERIFIED"));
        as(TestTokens.admin()).body(Map.of("decision", "REJECTED", "reason", "late")).post(path + "/verification")
                .then().statusCode(409).body("code", equalTo("organization-status-conflict"));
        as(TestTokens.operator("KZ-71")).body(Map.of("action", "SUSPEND", "reason", "Fake hours reported"))
                .post(path + "/suspension").then().statusCode(200).body("status", equalTo("SUSPENDED"));
        as(TestTokens.admin()).body(Map.of("action", "REINSTATE", "reason", "Audit closed"))
                .post(path + "/suspension").then().statusCode(200).body("status", equalTo("VERIFIED"));

        as(TestTokens.operator("KZ-71")).get(path + "/decisions").then().statusCode(200)
                .body("decision", contains("VERIFIED", "SUSPENDED", "REINSTATED"))
                .body("[1].reason", equalTo("Fake hours reported")).body("[1].decidedBy", notNullValue());
        as(TestTokens.operator("KZ-75")).get(path + "/decisions").then().statusCode(404);
        as(null).get(path + "/decisions").then().statusCode(401);
    }

    @Test
    void rejectionNeedsAReason() {
        UUID id = OrgApi.registered("KZ-71");
        as(TestTokens.admin()).body(Map.of("decision", "REJECTED")).post("/api/v1/organizations/" + id + "/verification")
                .then().statusCode(422).body("code", equalTo("reason-required"));
        as(TestTokens.admin()).body(Map.of("decision", "REJECTED", "reason", "No such entity in the register"))
                .post("/api/v1/organizations/" + id + "/verification").then().statusCode(200).body("status", equalTo("REJECTED"));
    }

    @Test
    void searchShowsVerifiedOrganizationsToEveryoneAndEveryStatusToStaff() {
        OrgApi.registered("KZ-62");
        OrgApi.verified("KZ-62");

        as(null).queryParam("region", "KZ-62").get("/api/v1/organizations").then().statusCode(200)
                .body("items.status", everyItem(equalTo("VERIFIED")));
        as(null).queryParam("status", "PENDING_VERIFICATION").get("/api/v1/organizations").then().statusCode(403);
        as(TestTokens.operator("KZ-62")).queryParam("region", "KZ-62").queryParam("status", "PENDING_VERIFICATION")
                .get("/api/v1/organizations").then().statusCode(200)
                .body("items.status", everyItem(equalTo("PENDING_VERIFICATION")))
                .body("items[0].contactEmail", notNullValue());
        as(null).queryParam("name", "жас ағаш").queryParam("kind", "NGO").queryParam("size", 1)
                .get("/api/v1/organizations").then().statusCode(200).body("size", equalTo(1));
    }
}
