package kz.dvp.identity;

import io.quarkus.test.junit.QuarkusTest;
import kz.dvp.identity.support.Api;
import kz.dvp.identity.support.Iins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static kz.dvp.identity.support.Api.admin;
import static kz.dvp.identity.support.Api.as;
import static kz.dvp.identity.support.Api.staff;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/** Who may see and change a volunteer: every role against the endpoints, including other regions and records. */
@QuarkusTest
class VolunteerAccessTest extends WithDevStack {

    private String iin;
    private String astanaVolunteer;
    private String volunteerToken;
    private String otherVolunteer;

    @BeforeEach
    void volunteers() {
        iin = Iins.adult();
        Map<String, Object> body = Api.volunteer(iin, "KZ-71");
        body.put("password", "volunteer-password-1");
        astanaVolunteer = Api.register(null, body).statusCode(201).extract().path("id");
        volunteerToken = Api.token(iin, "volunteer-password-1");
        otherVolunteer = Api.registered(Iins.adult(), "KZ-71");
    }

    @Test
    void readingAVolunteer() {
        String path = "/api/v1/volunteers/" + astanaVolunteer;
        as(admin()).get(path).then().statusCode(200);
        as(staff("REGIONAL_OPERATOR", "KZ-71")).get(path).then().statusCode(200);
        as(staff("REGIONAL_OPERATOR", "KZ-75")).get(path).then().statusCode(404)
                .body(not(containsString("Сейітова")));
        as(volunteerToken).get(path).then().statusCode(200);
        as(volunteerToken).get("/api/v1/volunteers/" + otherVolunteer).then().statusCode(404);
        as(staff("ANALYST", null)).get(path).then().statusCode(403).contentType("application/problem+json");
        as(null).get(path).then().statusCode(401).body("code", equalTo("unauthorized"));
    }

    @Test
    void aSaltedIinHashLetsWhoeverKnowsTheIinCheckACredentialWithoutItHoldingTheIin() throws Exception {
        String path = "/api/v1/volunteers/" + astanaVolunteer + "/identity-hash";
        var first = as(volunteerToken).get(path).then().statusCode(200).extract().jsonPath();
        String salt = first.getString("salt");
        byte[] expected = java.security.MessageDigest.getInstance("SHA-256")
                .digest((iin + salt).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        org.assertj.core.api.Assertions.assertThat(first.getString("identityHash"))
                .isEqualTo("sha256$" + java.util.HexFormat.of().formatHex(expected))
                .doesNotContain(iin);
        as(volunteerToken).get(path).then().statusCode(200).body("salt", not(equalTo(salt)));
        as(staff("REGIONAL_OPERATOR", "KZ-75")).get(path).then().statusCode(404);
        as(volunteerToken).get("/api/v1/volunteers/" + otherVolunteer + "/identity-hash").then().statusCode(404);
    }

    @Test
    void lookupByIinIsForOperatorsOfTheRegion() {
        as(staff("REGIONAL_OPERATOR", "KZ-71")).queryParam("iin", iin).get("/api/v1/volunteers")
                .then().statusCode(200).body("items[0].id", equalTo(astanaVolunteer));
        as(staff("REGIONAL_OPERATOR", "KZ-75")).queryParam("iin", iin).get("/api/v1/volunteers").then().statusCode(404);
        as(volunteerToken).queryParam("iin", iin).get("/api/v1/volunteers").then().statusCode(403);
        as(admin()).queryParam("iin", Iins.adult()).get("/api/v1/volunteers").then().statusCode(404)
                .body("code", equalTo("volunteer-not-found"));
    }

    @Test
    void searchIsPagedAndAnOperatorSeesOnlyTheirRegion() {
        String almaty = staff("REGIONAL_OPERATOR", "KZ-75");
        Api.registered(Iins.adult(), "KZ-75");

        as(almaty).queryParam("size", 1).get("/api/v1/volunteers")
                .then().statusCode(200).header("X-Total-Count", not(equalTo("0")))
                .body("items", hasSize(1)).body("items.region", everyItem(equalTo("KZ-75")));
        as(almaty).queryParam("region", "KZ-71").get("/api/v1/volunteers").then().statusCode(403)
                .body("code", equalTo("region-forbidden"));
        as(admin()).queryParam("region", "KZ-71").queryParam("name", "сейіт").get("/api/v1/volunteers")
                .then().statusCode(200).body("items.region", everyItem(equalTo("KZ-71")));
        as(admin()).queryParam("size", 5000).get("/api/v1/volunteers").then().statusCode(400);
    }

    @Test
    void changingAProfile() {
        String path = "/api/v1/volunteers/" + astanaVolunteer;
        as(volunteerToken).body(Map.of("skills", java.util.List.of("translation"), "partnerSharing", true)).patch(path)
                .then().statusCode(200).body("partnerSharing", equalTo(true)).body("skills[0]", equalTo("translation"));
        as(volunteerToken).body(Map.of("phone", "+77010000000")).patch("/api/v1/volunteers/" + otherVolunteer)
                .then().statusCode(404);
        as(staff("REGIONAL_OPERATOR", "KZ-75")).body(Map.of("region", "KZ-75")).patch(path).then().statusCode(404);
        as(staff("REGIONAL_OPERATOR", "KZ-71")).body(Map.of("region", "KZ-75")).patch(path)
                .then().statusCode(200).body("region", equalTo("KZ-75"));
        as(admin()).body(Map.of("iin", Iins.adult())).patch(path).then().statusCode(400)
                .body("code", equalTo("malformed-body")).body("errors[0].field", equalTo("iin"));
        as(admin()).get(path).then().statusCode(200).body("iin", equalTo("********" + iin.substring(8)));
    }

    @Test
    void statusChangesByOperatorsWithHistory() {
        String path = "/api/v1/volunteers/" + astanaVolunteer;
        Map<String, Object> suspend = Map.of("status", "SUSPENDED", "reason", "Fraud investigation FO-71-114");

        as(volunteerToken).body(suspend).post(path + "/status").then().statusCode(403);
        as(staff("REGIONAL_OPERATOR", "KZ-75")).body(suspend).post(path + "/status").then().statusCode(404);
        as(staff("REGIONAL_OPERATOR", "KZ-71")).body(suspend).post(path + "/status")
                .then().statusCode(200).body("status", equalTo("SUSPENDED"));
        as(admin()).body(suspend).post(path + "/status").then().statusCode(409).body("code", equalTo("status-unchanged"));
        as(admin()).body(Map.of("status", "DECEASED", "reason", "Death certificate 2026-114")).post(path + "/status")
                .then().statusCode(200);
        as(admin()).body(Map.of("status", "ACTIVE", "reason", "Mistake")).post(path + "/status")
                .then().statusCode(409).body("code", equalTo("status-final"));
        as(admin()).body(Map.of("status", "ACTIVE")).post(path + "/status").then().statusCode(400);

        as(staff("REGIONAL_OPERATOR", "KZ-71")).get(path + "/status-history").then().statusCode(200)
                .body("toStatus", org.hamcrest.Matchers.contains("SUSPENDED", "DECEASED"))
                .body("[0].reason", equalTo("Fraud investigation FO-71-114"));
    }
}
