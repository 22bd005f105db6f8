package kz.dvp.passport.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dvp.events.ActivityEvent;
import kz.dvp.events.CloudEvent;
import kz.dvp.events.OrganizationRegistered;
import kz.dvp.events.OrganizationReinstated;
import kz.dvp.events.OrganizationRejected;
import kz.dvp.events.OrganizationStatus;
import kz.dvp.events.OrganizationSuspended;
import kz.dvp.events.OrganizationVerified;
import kz.dvp.events.ProjectPublished;
import kz.dvp.events.VolunteerProfileChanged;
import kz.dvp.events.VolunteerRegistered;
import kz.dvp.events.VolunteerStatusChanged;
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
        return inbox.process(record, "passport-volunteers", this::volunteer);
    }

    @Incoming("organizations")
    public Uni<Void> organizations(ConsumerRecord<String, byte[]> record) {
        return inbox.process(record, "passport-organizations", this::organization);
    }

    @Incoming("activities")
    public Uni<Void> activities(ConsumerRecord<String, byte[]> record) {
        return inbox.process(record, "passport-activities", this::activity);
    }

    private Uni<Void> volunteer(CloudEvent event) {
        Object data = event.data();
        if (data instanceof VolunteerRegistered e) {
            return projection.volunteer(event, e.volunteerId(), p -> {
                p.region = e.region();
                p.birthYear = e.birthYear();
                p.status = e.status().name();
                p.partnerSharing = e.partnerSharing();
            });
        }
        if (data instanceof VolunteerProfileChanged e) {
            return projection.volunteer(event, e.volunteerId(), p -> {
                p.region = e.region();
                p.partnerSharing = e.partnerSharing();
            });
        }
        if (data instanceof VolunteerStatusChanged e) {
            return projection.volunteer(event, e.volunteerId(), p -> p.status = e.status().name());
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> organization(CloudEvent event) {
        Object data = event.data();
        if (data instanceof OrganizationRegistered e) {
            return PassportProjectionNames.organization(e.organizationId(), e.nameKk(), e.nameRu(), e.region(),
                    OrganizationStatus.PENDING_VERIFICATION);
        }
        if (data instanceof OrganizationVerified e) {
            return PassportProjectionNames.organizationStatus(e.organizationId(), OrganizationStatus.VERIFIED);
        }
        if (data instanceof OrganizationRejected e) {
            return PassportProjectionNames.organizationStatus(e.organizationId(), OrganizationStatus.REJECTED);
        }
        if (data instanceof OrganizationSuspended e) {
            return PassportProjectionNames.organizationStatus(e.organizationId(), OrganizationStatus.SUSPENDED);
        }
        if (data instanceof OrganizationReinstated e) {
            return PassportProjectionNames.organizationStatus(e.organizationId(), OrganizationStatus.VERIFIED);
        }
        if (data instanceof ProjectPublished e) {
            return PassportProjectionNames.project(e.projectId(), e.organizationId(), e.name());
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> activity(CloudEvent event) {
        return event.data() instanceof ActivityEvent activity ? projection.activity(event, activity)
                : Uni.createFrom().voidItem();
    }
}
