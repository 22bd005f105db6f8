package kz.dvp.passport.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dvp.events.CloudEvent;
import kz.dvp.passport.credential.CredentialRevocations;
import kz.dvp.passport.service.PassportProjection;
import kz.dvp.platform.inbox.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.ArrayList;
import java.util.List;

/** Feeds the projection from the identity, org and activity topics, each event once (inbox), and revokes. */
@ApplicationScoped
public class PassportEvents {

    private final Inbox inbox;
    private final PassportProjection projection;
    private final CredentialRevocations revocations;

    public PassportEvents(Inbox inbox, PassportProjection projection, CredentialRevocations revocations) {
        this.inbox = inbox;
        this.projection = projection;
        this.revocations = revocations;
    }

    @Incoming("volunteers")
    public Uni<Void> volunteers(ConsumerRecord<String, byte[]> record) {
        return inbox.process(record, "passport-volunteers", this::applyLive);
    }

    @Incoming("organizations")
    public Uni<Void> organizations(ConsumerRecord<String, byte[]> record) {
        return inbox.process(record, "passport-organizations", projection::apply);
    }

    /** A poll at a time, in one transaction: most events of a busy day are activity events. */
    @Incoming("activities")
    public Uni<Void> activities(ConsumerRecords<String, byte[]> records) {
        List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>(records.count());
        records.forEach(batch::add);
        return inbox.processBatch(batch, "passport-activities", events -> projection.applyAll(events)
                .chain(() -> revokeAfter(events)));
    }

    /** The projection, then the revocation of credentials it made untrue, in the inbox's one transaction. */
    private Uni<Void> applyLive(CloudEvent event) {
        return projection.apply(event).chain(() -> revocations.after(event));
    }

    private Uni<Void> revokeAfter(List<CloudEvent> events) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (CloudEvent event : events) {
            chain = chain.chain(() -> revocations.after(event));
        }
        return chain;
    }
}
