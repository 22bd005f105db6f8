package kz.dvp.identity;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import kz.dvp.events.CloudEvent;
import kz.dvp.events.EventCodec;
import kz.dvp.events.Topics;
import kz.dvp.identity.support.Api;
import kz.dvp.identity.support.Iins;
import kz.dvp.platform.testing.TestEvents;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static kz.dvp.identity.support.Api.admin;
import static kz.dvp.identity.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The IIN is unreadable at rest, and the events carry no personal data at all. */
@QuarkusTest
class PersonalDataProtectionTest extends WithDevStack {

    @Inject
    Pool pool;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void theIinIsNotReadableInTheTable() {
        String iin = Iins.adult();
        String id = Api.registered(iin, "KZ-71");

        Row row = pool.preparedQuery("select * from volunteer where id = $1").execute(Tuple.of(UUID.fromString(id)))
                .await().atMost(Duration.ofSeconds(10)).iterator().next();
        StringBuilder everyColumn = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            everyColumn.append(row.getValue(i)).append('|');
        }
        assertThat(everyColumn.toString()).doesNotContain(iin).doesNotContain(iin.substring(0, 6) + iin.substring(6, 12));
        assertThat(row.getString("iin_index")).matches("[0-9a-f]{64}");
        assertThat(row.getInteger("iin_key_version")).isEqualTo(2);
        assertThat(row.getString("iin_cipher")).isNotBlank();
    }

    @Test
    void registrationProfileAndStatusEventsCarryNoPersonalData() {
        String iin = Iins.adult();
        String id = Api.registered(iin, "KZ-71");
        as(admin()).body(Map.of("region", "KZ-75", "partnerSharing", true)).patch("/api/v1/volunteers/" + id)
                .then().statusCode(200);
        as(admin()).body(Map.of("status", "SUSPENDED", "reason", "Проверка: Сейітова А. жалоба"))
                .post("/api/v1/volunteers/" + id + "/status").then().statusCode(200);

        List<CloudEvent> events = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            events.clear();
            events.addAll(TestEvents.withKey(bootstrap, Topics.IDENTITY_VOLUNTEERS, id));
            assertThat(events).hasSize(3);
        });

        assertThat(events).extracting(e -> e.type().type()).containsExactly(
                "kz.dvp.identity.volunteer.registered.v1",
                "kz.dvp.identity.volunteer.profile-changed.v1",
                "kz.dvp.identity.volunteer.status-changed.v1");
        EventCodec codec = new EventCodec();
        for (CloudEvent event : events) {
            assertThat(codec.bodyText(event.data())).doesNotContain(iin).doesNotContain(iin.substring(8))
                    .doesNotContain("Айгүл").doesNotContain("Сейітова").doesNotContain("7011234567")
                    .doesNotContain("aigul@").doesNotContain("Проверка");
            assertThat(event.source()).isEqualTo("/dvp/identity-service");
        }
        assertThat(codec.bodyText(events.get(0).data())).contains("\"birthYear\"").contains("\"region\":\"KZ-71\"");
        assertThat(codec.bodyText(events.get(1).data())).contains("\"region\":\"KZ-75\"").contains("\"partnerSharing\":true");
        assertThat(codec.bodyText(events.get(2).data())).contains("\"status\":\"SUSPENDED\"");
    }
}
