package kz.dvp.platform.outbox;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dvp.events.CloudEvent;
import kz.dvp.events.DvpEvent;
import kz.dvp.events.EventCodec;
import kz.dvp.platform.sql.SessionSql;
import kz.dvp.platform.sql.SqlArrays;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Records events in the outbox table inside the caller's transaction, so that an event exists if and only
 * if the business change that caused it committed. Never sends to Kafka itself: {@link OutboxRelay} does.
 */
@ApplicationScoped
public class Outbox {

    private final EventCodec codec = new EventCodec();
    private final OutboxConfig config;

    public Outbox(OutboxConfig config) {
        this.config = config;
    }

    /** Appends one event; call it within the transaction ({@code @WithTransaction}) of the change. */
    public Uni<CloudEvent> append(DvpEvent event) {
        CloudEvent cloudEvent = CloudEvent.of(config.source(), event);
        return insert(List.of(cloudEvent)).replaceWith(cloudEvent);
    }

    /** Appends several events in order; they are relayed in this order. */
    public Uni<Void> appendAll(List<? extends DvpEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return insert(events.stream().<CloudEvent>map(e -> CloudEvent.of(config.source(), e)).toList());
    }

    /**
     * One statement for the lot, whatever their number ({@link SqlArrays}); {@code seq} follows the list's order.
     * Plain SQL on the transaction's connection ({@link SessionSql}): every change of every service comes here.
     */
    private Uni<Void> insert(List<CloudEvent> events) {
        return SessionSql.update("""
                        insert into outbox_event (id, aggregate_id, topic, event_type, source, occurred_at, payload)
                        select id, aggregate_id, topic, event_type, source, occurred_at, payload
                        from unnest(cast($1 as uuid[]), cast($2 as uuid[]), cast($3 as text[]), cast($4 as text[]),
                            cast($5 as text[]), cast($6 as timestamptz[]), cast($7 as text[]))
                            with ordinality as e(id, aggregate_id, topic, event_type, source, occurred_at, payload, position)
                        order by position""",
                SqlArrays.uuids(events, CloudEvent::id),
                SqlArrays.uuids(events, e -> e.data().aggregateId()),
                SqlArrays.text(events, e -> e.type().topic()),
                SqlArrays.text(events, e -> e.type().type()),
                SqlArrays.text(events, CloudEvent::source),
                SqlArrays.timestamps(events, CloudEvent::time),
                SqlArrays.text(events, e -> new String(codec.body(e.data()), StandardCharsets.UTF_8))).replaceWithVoid();
    }
}
