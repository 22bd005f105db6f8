package kz.dvp.identity;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import kz.dvp.events.EventCodec;
import kz.dvp.events.Topics;
import kz.dvp.identity.support.Api;
import kz.dvp.identity.support.Iins;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
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

        List<ConsumerRecord<String, String>> events = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            events.clear();
            events.addAll(recordsWithKey(id));
            assertThat(events).hasSize(3);
        });

        assertThat(events).extracting(r -> header(r, EventCodec.H_TYPE)).containsExactly(
                "kz.dvp.identity.volunteer.registered.v1",
                "kz.dvp.identity.volunteer.profile-changed.v1",
                "kz.dvp.identity.volunteer.status-changed.v1");
        for (ConsumerRecord<String, String> event : events) {
            assertThat(event.value()).doesNotContain(iin).doesNotContain(iin.substring(8))
                    .doesNotContain("Айгүл").doesNotContain("Сейітова").doesNotContain("7011234567")
                    .doesNotContain("aigul@").doesNotContain("Проверка");
            assertThat(header(event, EventCodec.H_SOURCE)).isEqualTo("/dvp/identity-service");
        }
        assertThat(events.get(0).value()).contains("\"birthYear\"").contains("\"region\":\"KZ-71\"");
        assertThat(events.get(1).value()).contains("\"region\":\"KZ-75\"").contains("\"partnerSharing\":true");
        assertThat(events.get(2).value()).contains("\"status\":\"SUSPENDED\"");
    }

    private List<ConsumerRecord<String, String>> recordsWithKey(String key) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.IDENTITY_VOLUNTEERS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                });
            }
        }
        return found;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
