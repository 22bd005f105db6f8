package kz.dvp.passport.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dvp.passport.service.PassportProjection;
import kz.dvp.platform.inbox.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Feeds the projection from the identity, org and activity topics, each event once (inbox). */
@ApplicationScoped
public class PassportEvents {

    private final Inbox inbox;
    private final PassportProjection projection;

    public PassportEvents(Inbox inbox, PassportProjection projection) {
        this.inbox = inbox;
        this.projection = projection;
    }

    @Incoming("volunteers")
    public Uni<Void> volunteers(ConsumerRecord<String, byte[]> record) {
        return inbox.process(record, "passport-volunteers", projection::apply);
    }

    @Incoming("organizations")
    public Uni<Void> organizations(ConsumerRecord<String, byte[]> record) {
        return inbox.process(record, "passport-organizations", projection::apply);
    }

    @Incoming("activities")
    public Uni<Void> activities(ConsumerRecord<String, byte[]> record) {
        return inbox.process(record, "passport-activities", projection::apply);
    }
}
