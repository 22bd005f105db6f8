package kz.dvp.platform.outbox;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.StreamSupport;

/** The relay's view of the outbox table, on the relay's own connections. Blocking calls: not for event loops. */
@ApplicationScoped
public class OutboxStore {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final String NEXT_BATCH = """
            select o.id, o.seq, o.aggregate_id, o.topic, o.event_type, o.source, o.occurred_at, o.payload
            from (select seq from outbox_pending order by seq limit $1) p
            join outbox_event o on o.seq = p.seq order by p.seq""";

    private final Pool pool;

    public OutboxStore(RelayDatabase database) {
        this.pool = database.pool();
    }

    /** The oldest unpublished events, in the order they were written. */
    public List<PendingEvent> nextBatch(int size) {
        var rows = pool.preparedQuery(NEXT_BATCH).execute(Tuple.of(size)).await().atMost(TIMEOUT);
        return StreamSupport.stream(rows.spliterator(), false).map(OutboxStore::pending).toList();
    }

    /** Takes the events off the relay's queue; their rows stay for the retention. */
    public void markPublished(List<PendingEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        Long[] seqs = events.stream().map(PendingEvent::seq).toArray(Long[]::new);
        pool.preparedQuery("delete from outbox_pending where seq = any($1)").execute(Tuple.of(seqs)).await().atMost(TIMEOUT);
    }

    /** Deletes relayed events written more than {@code age} ago; an event still waiting is kept, however old. */
    public int purgeRelayedBefore(Duration age) {
        OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minus(age);
        return pool.preparedQuery("""
                        delete from outbox_event o where o.created_at < $1
                        and not exists (select 1 from outbox_pending p where p.seq = o.seq)""")
                .execute(Tuple.of(cutoff)).await().atMost(TIMEOUT).rowCount();
    }

    private static PendingEvent pending(Row row) {
        return new PendingEvent(row.getUUID("id"), row.getLong("seq"), row.getUUID("aggregate_id"),
                row.getString("topic"), row.getString("event_type"), row.getString("source"),
                row.getOffsetDateTime("occurred_at").toInstant(), row.getString("payload"));
    }
}
