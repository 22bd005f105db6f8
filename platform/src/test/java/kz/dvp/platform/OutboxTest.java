package kz.dvp.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import kz.dvp.events.ActivitySubmitted;
import kz.dvp.events.EventCodec;
import kz.dvp.events.Topics;
import kz.dvp.platform.testing.TestEvents;
import kz.dvp.platform.outbox.OutboxPublisher;
import kz.dvp.platform.outbox.OutboxRelay;
import kz.dvp.platform.outbox.OutboxStore;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class OutboxTest extends WithDevStack {

    @Inject
    TestSubmissions submissions;
    @Inject
    OutboxRelay relay;
    @Inject
    OutboxStore store;
    @Inject
    OutboxPublisher publisher;
    @Inject
    Pool pool;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void rolledBackTransactionPublishesNothingAndCommittedOnePublishesExactlyItsEvents() throws Throwable {
        UUID rolledBack = UUID.randomUUID();
        UUID committed = UUID.randomUUID();
        List<ActivitySubmitted> events = List.of(Fixtures.submission(committed, 1), Fixtures.submission(committed, 2));

        assertThatThrownBy(() -> VertxContextSupport.subscribeAndAwait(
                () -> submissions.submitThenFail(List.of(Fixtures.submission(rolledBack, 1)))))
                .hasMessageContaining("business rule failed");
        VertxContextSupport.subscribeAndAwait(() -> submissions.submit(events));

        await().atMost(Duration.ofSeconds(30)).until(() -> Fixtures.projection(pool, committed).isPresent());
        List<ConsumerRecord<String, byte[]>> published =
                TestEvents.records(bootstrap, Topics.ACTIVITY_ACTIVITIES, committed.toString());
        assertThat(published).hasSize(2);
        assertThat(published).extracting(r -> TestEvents.header(r, EventCodec.H_TYPE))
                .containsOnly("kz.dvp.activity.submitted.v1");
        assertThat(published).extracting(r -> TestEvents.header(r, EventCodec.H_SOURCE)).containsOnly("/dvp/platform-test");
        assertThat(published).extracting(r -> TestEvents.header(r, EventCodec.H_SUBJECT)).containsOnly(committed.toString());
        assertThat(published.get(0).partition()).isEqualTo(published.get(1).partition());

        assertThat(Fixtures.count(pool, "select count(*) from outbox_event where aggregate_id = $1", rolledBack)).isZero();
        assertThat(TestEvents.records(bootstrap, Topics.ACTIVITY_ACTIVITIES, rolledBack.toString())).isEmpty();
        assertThat(Fixtures.projection(pool, rolledBack)).isEmpty();
    }

    @Test
    void relayStoppedBetweenSendAndMarkResendsAndTheConsumerAppliesTheEventOnce() throws Throwable {
        UUID volunteer = UUID.randomUUID();
        relay.pause();
        try {
            VertxContextSupport.subscribeAndAwait(() -> submissions.submit(List.of(Fixtures.submission(volunteer, 7))));
            // What a relay does before it crashes: the batch is sent but never marked as published.
            var batch = store.nextBatch(500).stream().filter(e -> e.aggregateId().equals(volunteer)).toList();
            assertThat(batch).hasSize(1);
            publisher.publish(batch);
        } finally {
            relay.resume();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> Fixtures.count(pool,
                "select count(*) from outbox_pending join outbox_event using (seq) where aggregate_id = $1", volunteer) == 0);
        await().atMost(Duration.ofSeconds(30)).until(() -> Fixtures.projection(pool, volunteer).isPresent());

        List<ConsumerRecord<String, byte[]>> published =
                TestEvents.records(bootstrap, Topics.ACTIVITY_ACTIVITIES, volunteer.toString());
        assertThat(published).as("sent twice").hasSize(2);
        assertThat(published).extracting(r -> TestEvents.header(r, EventCodec.H_ID)).containsOnly(
                TestEvents.header(published.get(0), EventCodec.H_ID));
        Thread.sleep(1_000); // let a wrongly double-applied duplicate show up
        assertThat(Fixtures.projection(pool, volunteer).orElseThrow().getInteger("applied")).as("applied once").isEqualTo(1);
        assertThat(Fixtures.count(pool, "select count(*) from processed_event where consumer = 'test-hours' and event_id = $1",
                UUID.fromString(TestEvents.header(published.get(0), EventCodec.H_ID)))).isEqualTo(1);
    }

    @Test
    void relayWhoseConnectionIsCutTakesTheLeadAgainAndRelays() throws Throwable {
        String holders = "from pg_locks where locktype = 'advisory' and granted"
                + " and database = (select oid from pg_database where datname = current_database())";
        String leader = "select count(*) " + holders;
        await().atMost(Duration.ofSeconds(30)).until(() -> Fixtures.count(pool, leader) == 1);
        // what a database failover or a network cut does to the relay's lock-holding connection
        pool.query("select pg_terminate_backend(pid) " + holders).execute().await().atMost(Duration.ofSeconds(10));

        UUID volunteer = UUID.randomUUID();
        VertxContextSupport.subscribeAndAwait(() -> submissions.submit(List.of(Fixtures.submission(volunteer, 1))));

        await().atMost(Duration.ofSeconds(30)).until(() -> Fixtures.projection(pool, volunteer).isPresent());
        assertThat(TestEvents.records(bootstrap, Topics.ACTIVITY_ACTIVITIES, volunteer.toString())).hasSize(1);
        assertThat(Fixtures.count(pool, leader)).as("the lock is held again").isEqualTo(1);
    }
}
