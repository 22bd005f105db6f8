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

/**
 * Feeds the projection from the identity, org and activity topics, each event once (inbox), and revokes. The
 * volunteers and activities channels take a poll at a time ({@code batch=true}): one transaction per poll.
 */
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

    /** A poll at a time, in one transaction, like the activities. */
    @Incoming("volunteers")
    public Uni<Void> volunteers(ConsumerRecords<String, byte[]> records) {
        return inbox.processBatch(list(records), "passport-volunteers", this::applyLive);
    }

    @Incoming("organizations")
    public Uni<Void> organizations(ConsumerRecord<String, byte[]> record) {
        return inbox.process(record, "passport-organizations", projection::apply);
    }

    /** A poll at a time, in one transaction: most events of a busy day are activity events. */
    @Incoming("activities")
    public Uni<Void> activities(ConsumerRecords<String, byte[]> records) {
        return inbox.processBatch(list(records), "passport-activities", this::applyLive);
    }

    /** The projection, then the revocation of credentials it made untrue, in the inbox's one transaction. */
    private Uni<Void> applyLive(List<CloudEvent> events) {
        Uni<Void> chain = projection.applyAll(events);
        for (CloudEvent event : events) {
            chain = chain.chain(() -> revocations.after(event));
        }
        return chain;
    }

    private static List<ConsumerRecord<String, byte[]>> list(ConsumerRecords<String, byte[]> records) {
        List<ConsumerRecord<String, byte[]>> list = new ArrayList<>(records.count());
        records.forEach(list::add);
        return list;
    }
}
