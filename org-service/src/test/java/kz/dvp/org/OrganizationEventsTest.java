package kz.dvp.org;

import io.quarkus.test.junit.QuarkusTest;
import kz.dvp.events.EventCodec;
import kz.dvp.events.Topics;
import kz.dvp.org.support.OrgApi;
import kz.dvp.platform.testing.TestTokens;
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
        as(TestTokens.admin()).body(Map.of("action", "SUSPEND", "reason", "Audit")).post("/api/v1/organizations/" + org + "/suspension")
                .then().statusCode(200);

        List<ConsumerRecord<String, String>> events = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            events.clear();
            events.addAll(recordsWithKey(org.toString()));
            assertThat(events).hasSize(5);
        });

        assertThat(events).extracting(r -> header(r, EventCodec.H_TYPE)).containsExactly(
                "kz.dvp.org.organization.registered.v1", "kz.dvp.org.organization.verified.v1",
                "kz.dvp.org.project.published.v1", "kz.dvp.org.project.closed.v1", "kz.dvp.org.organization.suspended.v1");
        assertThat(events).allSatisfy(e -> assertThat(e.value())
                .doesNotContain("contact.person@zhasagash.kz").doesNotContain("7172123456").doesNotContain("Audit"));
        assertThat(events.get(2).value()).contains("\"programCode\":\"ZHAS_AGASH\"").contains("\"maxHoursPerDay\":8");
    }

    private List<ConsumerRecord<String, String>> recordsWithKey(String key) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ORG_ORGANIZATIONS).stream()
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
