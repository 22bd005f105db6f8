package kz.dvp.platform.outbox;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import kz.dvp.platform.WithDevStack;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
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
    OutboxStore store;
    @Inject
    Pool pool;

    @Test
    void theRelayTakesItsNextBatchFromTheHeadOfItsQueueByIndexScansWithoutSorting() {
        relay.pause();
        try {
            // under load: events written, then relayed (their queue entries stay in its index until a vacuum),
            // a few hundred waiting, statistics that say so
            insert(5_000, "now()");
            pool.preparedQuery("delete from outbox_pending where seq in (select seq from outbox_event where topic = $1)")
                    .executeAndAwait(Tuple.of(TOPIC));
            insert(300, "now()");
            pool.query("analyze outbox_event, outbox_pending").executeAndAwait();

            String plan = StreamSupport.stream(relayDatabase.pool().preparedQuery("explain " + OutboxStore.NEXT_BATCH)
                            .executeAndAwait(Tuple.of(500)).spliterator(), false)
                    .map(row -> row.getString(0)).collect(Collectors.joining("\n"));

            assertThat(plan).containsPattern("Index (Only )?Scan using outbox_pending_pkey")
                    .contains("Index Scan using outbox_event_seq").doesNotContain("Sort", "Bitmap", "Hash", "Seq Scan");
            // under ./dvp bench PostgreSQL chose a bitmap scan and a sort (auto_explain), 3-7 ms per poll: never
            assertThat(relayDatabase.pool().query("show enable_bitmapscan").executeAndAwait().iterator().next()
                    .getString(0)).isEqualTo("off");
        } finally {
            delete();
            relay.resume();
        }
    }

    @Test
    void thePurgeRemovesRelayedEventsPastTheRetentionAndKeepsAnyStillWaiting() {
        relay.pause();
        try {
            insert(2, "now() - interval '8 days'");
            insert(1, "now() - interval '6 days'");
            List<Long> old = seqs("select seq from outbox_event where topic = $1 and created_at < now() - interval '7 days' order by seq");
            // the first old one and the recent one were relayed; the second old one still waits (a broker down for a week)
            pool.preparedQuery("delete from outbox_pending where seq in (select seq from outbox_event where topic = $1) "
                    + "and seq <> $2").executeAndAwait(Tuple.of(TOPIC, old.get(1)));

            store.purgeRelayedBefore(Duration.ofDays(7));

            assertThat(seqs("select seq from outbox_event where topic = $1 and created_at < now() - interval '7 days'"))
                    .containsExactly(old.get(1));
            assertThat(seqs("select seq from outbox_event where topic = $1")).hasSize(2);
        } finally {
            delete();
            relay.resume();
        }
    }

    private void insert(int count, String createdAt) {
        pool.preparedQuery("insert into outbox_event (id, aggregate_id, topic, event_type, source, occurred_at, payload, "
                + "created_at) select gen_random_uuid(), gen_random_uuid(), $1, 'kz.dvp.test.v1', '/dvp/platform-test', now(), "
                + "'{}', " + createdAt + " from generate_series(1, " + count + ")").executeAndAwait(Tuple.of(TOPIC));
    }

    private List<Long> seqs(String query) {
        return StreamSupport.stream(pool.preparedQuery(query).executeAndAwait(Tuple.of(TOPIC)).spliterator(), false)
                .map(row -> row.getLong(0)).toList();
    }

    private void delete() {
        pool.preparedQuery("delete from outbox_pending where seq in (select seq from outbox_event where topic = $1)")
                .executeAndAwait(Tuple.of(TOPIC));
        pool.preparedQuery("delete from outbox_event where topic = $1").executeAndAwait(Tuple.of(TOPIC));
    }
}
