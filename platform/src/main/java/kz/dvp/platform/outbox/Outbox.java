package kz.dvp.platform.outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dvp.events.CloudEvent;
import kz.dvp.events.DvpEvent;
import kz.dvp.events.EventCodec;

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
        return Panache.getSession()
                .chain(session -> session.persist(row(cloudEvent)))
                .replaceWith(cloudEvent);
    }

    /** Appends several events in order; they are relayed in this order. */
    public Uni<Void> appendAll(List<? extends DvpEvent> events) {
        List<OutboxEvent> rows = events.stream().map(e -> row(CloudEvent.of(config.source(), e))).toList();
        return Panache.getSession().chain(session -> session.persistAll(rows.toArray()));
    }

    private OutboxEvent row(CloudEvent event) {
        OutboxEvent row = new OutboxEvent();
        row.id = event.id();
        row.aggregateId = event.data().aggregateId();
        row.topic = event.type().topic();
        row.eventType = event.type().type();
        row.source = event.source();
        row.occurredAt = event.time();
        row.payload = new String(codec.body(event.data()), StandardCharsets.UTF_8);
        return row;
    }
}
