package kz.dvp.identity.messaging;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dvp.events.CloudEvent;
import kz.dvp.events.OrganizationRegistered;
import kz.dvp.events.OrganizationReinstated;
import kz.dvp.events.OrganizationRejected;
import kz.dvp.events.OrganizationStatus;
import kz.dvp.events.OrganizationSuspended;
import kz.dvp.events.OrganizationVerified;
import kz.dvp.platform.inbox.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.UUID;

/** Keeps the organizations' region and status, which decide where coordinator accounts may be created. */
@ApplicationScoped
public class OrganizationEvents {

    private final Inbox inbox;

    public OrganizationEvents(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("organizations")
    public Uni<Void> consume(ConsumerRecord<String, byte[]> record) {
        return inbox.process(record, "identity-organizations", this::apply);
    }

    private Uni<Void> apply(CloudEvent event) {
        Object data = event.data();
        if (data instanceof OrganizationRegistered e) {
            return upsert(e.organizationId(), e.region(), OrganizationStatus.PENDING_VERIFICATION);
        }
        if (data instanceof OrganizationVerified e) {
            return upsert(e.organizationId(), e.region(), OrganizationStatus.VERIFIED);
        }
        if (data instanceof OrganizationRejected e) {
            return upsert(e.organizationId(), e.region(), OrganizationStatus.REJECTED);
        }
        if (data instanceof OrganizationSuspended e) {
            return upsert(e.organizationId(), e.region(), OrganizationStatus.SUSPENDED);
        }
        if (data instanceof OrganizationReinstated e) {
            return upsert(e.organizationId(), e.region(), OrganizationStatus.VERIFIED);
        }
        return Uni.createFrom().voidItem(); // projects are not identity's business
    }

    private static Uni<Void> upsert(UUID id, String region, OrganizationStatus status) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        insert into organization_ref (id, region, status) values (?1, ?2, ?3)
                        on conflict (id) do update set region = excluded.region, status = excluded.status""")
                .setParameter(1, id).setParameter(2, region).setParameter(3, status.name())
                .executeUpdate()).replaceWithVoid();
    }
}
