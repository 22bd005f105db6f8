package kz.dvp.identity;

import io.quarkus.test.junit.QuarkusTest;
import kz.dvp.events.OrganizationKind;
import kz.dvp.events.OrganizationRegistered;
import kz.dvp.events.OrganizationStatus;
import kz.dvp.events.OrganizationVerified;
import kz.dvp.identity.support.Api;
import kz.dvp.platform.testing.TestEvents;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static kz.dvp.identity.support.Api.admin;
import static kz.dvp.identity.support.Api.as;
import static kz.dvp.identity.support.Api.staff;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class AccountsTest extends WithDevStack {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void nationalAdminCreatesOperatorsAdminsAndAnalysts() {
        as(admin()).body(account("REGIONAL_OPERATOR", "KZ-62", null)).post("/api/v1/accounts")
                .then().statusCode(201).body("role", equalTo("REGIONAL_OPERATOR")).body("region", equalTo("KZ-62"));
        as(admin()).body(account("REGIONAL_OPERATOR", null, null)).post("/api/v1/accounts")
                .then().statusCode(422).body("code", equalTo("region-unknown"));
        as(admin()).body(account("VOLUNTEER", null, null)).post("/api/v1/accounts")
                .then().statusCode(422).body("code", equalTo("role-not-creatable"));
    }

    @Test
    void operatorsCannotCreateStaffAccounts() {
        String operator = staff("REGIONAL_OPERATOR", "KZ-71");
        as(operator).body(account("REGIONAL_OPERATOR", "KZ-71", null)).post("/api/v1/accounts").then().statusCode(403);
        as(operator).body(account("NATIONAL_ADMIN", null, null)).post("/api/v1/accounts").then().statusCode(403);
        as(null).body(account("ANALYST", null, null)).post("/api/v1/accounts").then().statusCode(401);
    }

    @Test
    void operatorCreatesCoordinatorsOnlyForVerifiedOrganizationsOfTheirRegion() {
        UUID astanaOrg = UUID.randomUUID();
        UUID pendingOrg = UUID.randomUUID();
        String operator = staff("REGIONAL_OPERATOR", "KZ-71");

        as(operator).body(account("ORG_COORDINATOR", null, astanaOrg)).post("/api/v1/accounts")
                .then().statusCode(503).header("Retry-After", "5").body("code", equalTo("organization-not-yet-known"));

        TestEvents.publish(bootstrap, "/dvp/org-service",
                new OrganizationRegistered(astanaOrg, "Жас ағаш", null, OrganizationKind.NGO, "KZ-71",
                        OrganizationStatus.PENDING_VERIFICATION, Instant.now()),
                new OrganizationVerified(astanaOrg, "KZ-71", Instant.now()),
                new OrganizationRegistered(pendingOrg, "Эко бақылау", null, OrganizationKind.NGO, "KZ-71",
                        OrganizationStatus.PENDING_VERIFICATION, Instant.now()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(operator).body(account("ORG_COORDINATOR", null, astanaOrg)).post("/api/v1/accounts")
                        .then().statusCode(201).body("organizationId", equalTo(astanaOrg.toString())));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(operator).body(account("ORG_COORDINATOR", null, pendingOrg)).post("/api/v1/accounts")
                        .then().statusCode(422).body("code", equalTo("organization-not-verified")));
        as(staff("REGIONAL_OPERATOR", "KZ-75")).body(account("ORG_COORDINATOR", null, astanaOrg)).post("/api/v1/accounts")
                .then().statusCode(403).body("code", equalTo("region-forbidden"));
    }

    @Test
    void usernamesAreUnique() {
        Map<String, Object> body = account("ANALYST", null, null);
        as(admin()).body(body).post("/api/v1/accounts").then().statusCode(201);
        as(admin()).body(body).post("/api/v1/accounts").then().statusCode(409).body("code", equalTo("username-taken"));
    }

    private static Map<String, Object> account(String role, String region, UUID organization) {
        Map<String, Object> body = new HashMap<>(Map.of("username", "user." + UUID.randomUUID().toString().substring(0, 8),
                "password", "correct-horse-battery", "role", role));
        if (region != null) {
            body.put("region", region);
        }
        if (organization != null) {
            body.put("organizationId", organization.toString());
        }
        return body;
    }
}
