package kz.dvp.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import kz.dvp.devstack.TestInfrastructure;
import kz.dvp.events.ActivitySubmitted;
import kz.dvp.events.EventCodec;
import kz.dvp.events.Topics;
import kz.dvp.platform.testing.TestEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class DeliveryTest extends WithDevStack {

    @Inject
    TestSubmissions submissions;
    @Inject
    Pool pool;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void eventsWaitInTheOutboxWhileTheBrokerIsDownAndAllArriveInPerAggregateOrder() throws Throwable {
        List<UUID> volunteers = IntStream.range(0, 4).mapToObj(i -> UUID.randomUUID()).toList();
        TestInfrastructure.get().stopKafka();
        long stoppedAt = System.nanoTime();
        try {
            for (int n = 1; n <= 5; n++) {
                List<ActivitySubmitted> round = new ArrayList<>();
                for (UUID volunteer : volunteers) {
                    round.add(Fixtures.submission(volunteer, n));
                }
                VertxContextSupport.subscribeAndAwait(() -> submissions.submit(round));
            }
            assertThat(Fixtures.count(pool, "select count(*) from outbox_pending join outbox_event using (seq) "
                    + "where aggregate_id = any($1)", (Object) volunteers.toArray(UUID[]::new))).isEqualTo(20);
            Thread.sleep(Math.max(0, Duration.ofSeconds(30).toMillis() - (System.nanoTime() - stoppedAt) / 1_000_000));
        } finally {
            TestInfrastructure.get().startKafka();
        }

        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            for (UUID volunteer : volunteers) {
                assertThat(Fixtures.projection(pool, volunteer)).hasValueSatisfying(row -> {
                    assertThat(row.getInteger("applied")).isEqualTo(5);
                    assertThat(row.getString("sequence")).as("per-volunteer order").isEqualTo("1,2,3,4,5");
                });
            }
        });
    }

    @Test
    void poisonRecordGoesToTheDeadLetterTopicAndTheNextGoodRecordIsProcessed() throws Throwable {
        String poisonKey = UUID.randomUUID().toString();
        UUID good = UUID.randomUUID();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> poison = new ProducerRecord<>(Topics.ACTIVITY_ACTIVITIES, poisonKey,
                    "{not json".getBytes(StandardCharsets.UTF_8));
            // Every CloudEvents header right, only the body broken.
            new EventCodec().headers(UUID.randomUUID(), "kz.dvp.activity.submitted.v1", "/dvp/somewhere", poisonKey,
                    Instant.now()).forEach((name, value) -> poison.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
            producer.send(poison).get();
        }
        VertxContextSupport.subscribeAndAwait(() -> submissions.submit(List.of(Fixtures.submission(good, 3))));

        await().atMost(Duration.ofSeconds(60)).until(() -> Fixtures.projection(pool, good).isPresent());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<ConsumerRecord<String, byte[]>> dead =
                    TestEvents.records(bootstrap, Topics.deadLetter("platform-test"), poisonKey);
            assertThat(dead).hasSize(1);
            assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
            assertThat(TestEvents.header(dead.get(0), "dead-letter-reason")).contains("not well-formed JSON");
            assertThat(TestEvents.header(dead.get(0), "dead-letter-topic")).isEqualTo(Topics.ACTIVITY_ACTIVITIES);
        });
    }
}
