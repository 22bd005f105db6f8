package kz.dvp.activity.messaging;

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
import kz.dvp.events.ProjectClosed;
import kz.dvp.events.ProjectPublished;
import kz.dvp.events.VolunteerProfileChanged;
import kz.dvp.events.VolunteerRegistered;
import kz.dvp.events.VolunteerStatusChanged;
import kz.dvp.platform.inbox.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.ArrayList;
import java.util.List;

import java.util.UUID;

/**
 * Keeps the local replicas of volunteers, organizations and projects, from identity's and org's topics,
 * through the inbox. Upserts, so a redelivered or replayed event leaves them as they were.
 */
@ApplicationScoped
public class ReplicaUpdates {

    private final Inbox inbox;

    public ReplicaUpdates(Inbox inbox) {
        this.inbox = inbox;
    }

    /** A poll per transaction: a registration campaign brings volunteers by the hundred thousand. */
    @Incoming("volunteers")
    public Uni<Void> volunteers(ConsumerRecords<String, byte[]> records) {
        List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>(records.count());
        records.forEach(batch::add);
        return inbox.processBatch(batch, "activity-volunteers", events -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (CloudEvent event : events) {
                chain = chain.chain(() -> volunteer(event));
            }
            return chain;
        });
    }

    @Incoming("organizations")
    public Uni<Void> organizations(ConsumerRecord<String, byte[]> record) {
        return inbox.process(record, "activity-organizations", this::organization);
    }

    private Uni<Void> volunteer(CloudEvent event) {
        Object data = event.data();
        if (data instanceof VolunteerRegistered e) {
            return sql("""
                    insert into volunteer_replica (id, region, birth_year, adult_on, status, guardian_consent)
                    values (?1, ?2, ?3, ?4, ?5, ?6)
                    on conflict (id) do update set region = excluded.region, birth_year = excluded.birth_year,
                        adult_on = excluded.adult_on, status = excluded.status, guardian_consent = excluded.guardian_consent""",
                    e.volunteerId(), e.region(), e.birthYear(), e.adultOn(), e.status().name(), e.guardianConsent());
        }
        if (data instanceof VolunteerProfileChanged e) {
            return sql("update volunteer_replica set region = ?2, guardian_consent = ?3 where id = ?1",
                    e.volunteerId(), e.region(), e.guardianConsent());
        }
        if (data instanceof VolunteerStatusChanged e) {
            return sql("update volunteer_replica set status = ?2 where id = ?1", e.volunteerId(), e.status().name());
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> organization(CloudEvent event) {
        Object data = event.data();
        if (data instanceof OrganizationRegistered e) {
            return organizationStatus(e.organizationId(), e.region(), OrganizationStatus.PENDING_VERIFICATION);
        }
        if (data instanceof OrganizationVerified e) {
            return organizationStatus(e.organizationId(), e.region(), OrganizationStatus.VERIFIED);
        }
        if (data instanceof OrganizationRejected e) {
            return organizationStatus(e.organizationId(), e.region(), OrganizationStatus.REJECTED);
        }
        if (data instanceof OrganizationSuspended e) {
            return organizationStatus(e.organizationId(), e.region(), OrganizationStatus.SUSPENDED);
        }
        if (data instanceof OrganizationReinstated e) {
            return organizationStatus(e.organizationId(), e.region(), OrganizationStatus.VERIFIED);
        }
        if (data instanceof ProjectPublished e) {
            return sql("""
                    insert into project_replica (id, organization_id, category, program_code, regions, start_date,
                        end_date, minors_allowed, max_hours_per_day) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                    on conflict (id) do nothing""",
                    e.projectId(), e.organizationId(), e.category().name(), e.programCode(), String.join(",", e.regions()),
                    e.startDate(), e.endDate(), e.minorsAllowed(), e.maxHoursPerDay());
        }
        if (data instanceof ProjectClosed e) {
            return sql("update project_replica set closed_at = ?2 where id = ?1", e.projectId(), e.occurredAt());
        }
        return Uni.createFrom().voidItem();
    }

    private static Uni<Void> organizationStatus(UUID id, String region, OrganizationStatus status) {
        return sql("""
                insert into organization_replica (id, region, status) values (?1, ?2, ?3)
                on conflict (id) do update set region = excluded.region, status = excluded.status""",
                id, region, status.name());
    }

    private static Uni<Void> sql(String statement, Object... parameters) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(statement);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.executeUpdate();
        }).replaceWithVoid();
    }
}
