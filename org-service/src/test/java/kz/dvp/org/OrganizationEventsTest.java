package kz.dvp.org;

import io.quarkus.test.junit.QuarkusTest;
import kz.dvp.events.CloudEvent;
import kz.dvp.events.EventCodec;
import kz.dvp.events.Topics;
import kz.dvp.org.support.OrgApi;
import kz.dvp.platform.testing.TestEvents;
import kz.dvp.platform.testing.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static kz.dvp.org.support.OrgApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class OrganizationEventsTest extends WithDevStack {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void theOrganizationsLifeIsPublishedInOrderWithoutItsContactPerson() {
        UUID org = OrgApi.verified("KZ-71");
        String project = as(TestTokens.coordinator(org)).body(OrgApi.project("ECOLOGY", "ZHAS_AGASH", true))
                .post("/api/v1/organizations/" + org + "/projects").then().statusCode(201).extract().path("id");
        as(TestTokens.coordinator(org)).post("/api/v1/projects/" + project + "/closure").then().statusCode(200);
        as(TestTokens.admin()).body(java.util.Map.of("action", "SUSPEND", "reason", "Audit")).post("/api/v1/organizations/" + org + "/suspension")
                .then().statusCode(200);

        List<CloudEvent> events = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            events.clear();
            events.addAll(TestEvents.withKey(bootstrap, Topics.ORG_ORGANIZATIONS, org.toString()));
            assertThat(events).hasSize(5);
        });
        EventCodec codec = new EventCodec();

        assertThat(events).extracting(e -> e.type().type()).containsExactly(
                "kz.dvp.org.organization.registered.v1", "kz.dvp.org.organization.verified.v1",
                "kz.dvp.org.project.published.v1", "kz.dvp.org.project.closed.v1", "kz.dvp.org.organization.suspended.v1");
        assertThat(events).allSatisfy(e -> assertThat(codec.bodyText(e.data()))
                .doesNotContain("contact.person@zhasagash.kz").doesNotContain("7172123456").doesNotContain("Audit"));
        assertThat(codec.bodyText(events.get(2).data())).contains("\"programCode\":\"ZHAS_AGASH\"").contains("\"maxHoursPerDay\":8");
    }
}
