package kz.dvp.platform.outbox;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import kz.dvp.platform.WithDevStack;
import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class RelayDatabaseTest extends WithDevStack {

    private static final String TOPIC = "dvp.test.relay-plan";

    @Inject
    RelayDatabase relayDatabase;
    @Inject
    OutboxRelay relay;
    @Inject
    Pool pool;

    @Test
    void theRelayTakesItsNextBatchByAnIndexScanOfTheUnpublishedEventsInOrderWithoutSorting() {
        relay.pause();
        try {
            // under load: events written, then relayed (their entries stay in the partial index until a vacuum),
            // a few hundred waiting, statistics that say so
            insert(5_000);
            pool.preparedQuery("update outbox_event set published_at = now() where topic = $1").executeAndAwait(Tuple.of(TOPIC));
            insert(300);
            pool.query("analyze outbox_event").executeAndAwait();

            String plan = StreamSupport.stream(relayDatabase.pool().preparedQuery("explain " + OutboxStore.NEXT_BATCH)
                            .executeAndAwait(Tuple.of(500)).spliterator(), false)
                    .map(row -> row.getString(0)).collect(Collectors.joining("\n"));

            assertThat(plan).contains("Index Scan using outbox_event_unpublished").doesNotContain("Sort", "Bitmap");
            // under ./dvp bench PostgreSQL chose a bitmap scan and a sort (auto_explain), 3-7 ms per poll: never
            assertThat(relayDatabase.pool().query("show enable_bitmapscan").executeAndAwait().iterator().next()
                    .getString(0)).isEqualTo("off");
        } finally {
            pool.preparedQuery("delete from outbox_event where topic = $1").executeAndAwait(Tuple.of(TOPIC));
            relay.resume();
        }
    }

    private void insert(int count) {
        pool.preparedQuery("insert into outbox_event (id, aggregate_id, topic, event_type, source, occurred_at, payload) "
                + "select gen_random_uuid(), gen_random_uuid(), $1, 'kz.dvp.test.v1', '/dvp/platform-test', now(), '{}' "
                + "from generate_series(1, " + count + ")").executeAndAwait(Tuple.of(TOPIC));
    }
}
