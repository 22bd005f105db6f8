package kz.dvp.platform.outbox;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

/** The relay's view of the outbox table, on the relay's own connections. Blocking calls: not for event loops. */
@ApplicationScoped
public class OutboxStore {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final String NEXT_BATCH = """
            select id, seq, aggregate_id, topic, event_type, source, occurred_at, payload
            from outbox_event where published_at is null order by seq limit $1""";

    private final Pool pool;

    public OutboxStore(RelayDatabase database) {
        this.pool = database.pool();
    }

    /** The oldest unpublished events, in the order they were written. */
    public List<PendingEvent> nextBatch(int size) {
        var rows = pool.preparedQuery(NEXT_BATCH).execute(Tuple.of(size)).await().atMost(TIMEOUT);
        return StreamSupport.stream(rows.spliterator(), false).map(OutboxStore::pending).toList();
    }

    public void markPublished(List<PendingEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        UUID[] ids = events.stream().map(PendingEvent::id).toArray(UUID[]::new);
        pool.preparedQuery("update outbox_event set published_at = now() where id = any($1)")
                .execute(Tuple.of(ids)).await().atMost(TIMEOUT);
    }

    /** Deletes relayed events older than the retention. */
    public int purgePublishedBefore(Duration age) {
        OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minus(age);
        return pool.preparedQuery("delete from outbox_event where published_at < $1")
                .execute(Tuple.of(cutoff)).await().atMost(TIMEOUT).rowCount();
    }

    private static PendingEvent pending(Row row) {
        return new PendingEvent(row.getUUID("id"), row.getLong("seq"), row.getUUID("aggregate_id"),
                row.getString("topic"), row.getString("event_type"), row.getString("source"),
                row.getOffsetDateTime("occurred_at").toInstant(), row.getString("payload"));
    }
}
