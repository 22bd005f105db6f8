package kz.dvp.activity.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dvp.activity.domain.Activity;
import kz.dvp.activity.domain.ActivityRules;
import kz.dvp.events.ActivityStatus;
import kz.dvp.platform.repository.Conditions;
import kz.dvp.platform.rest.Page;
import kz.dvp.platform.sql.SqlArrays;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class ActivityRepository implements PanacheRepositoryBase<Activity, UUID> {

    /** Non-rejected activities of these volunteers touching [from, to): what overlap and daily limits count. */
    public Uni<List<Activity>> booked(Collection<UUID> volunteers, Instant from, Instant to) {
        // native, one array parameter: HQL with a list parameter is translated again on every execution (see Replicas)
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        select * from activity where volunteer_id = any(cast(?1 as uuid[]))
                            and status <> 'REJECTED' and started_at < ?2 and ended_at > ?3""",
                        Activity.class)
                .setParameter(1, SqlArrays.uuids(volunteers)).setParameter(2, to).setParameter(3, from).getResultList());
    }

    /** The activities with these ids (those that exist), in no particular order. */
    public Uni<List<Activity>> byIds(Collection<UUID> ids) {
        return Panache.getSession().chain(session -> session.find(Activity.class, ids.stream().distinct().toArray()))
                .map(found -> found.stream().filter(Objects::nonNull).toList());
    }

    public static ActivityRules.Booked booked(Activity a) {
        return new ActivityRules.Booked(a.id, a.projectId, a.startedAt, a.endedAt);
    }

    /** Paged search within a scope; each filter is optional. */
    public Uni<Page<Activity>> search(Filter f, int page, int size) {
        return new Conditions()
                .equal("volunteerId", f.volunteerId())
                .equal("organizationId", f.organizationId())
                .equal("projectId", f.projectId())
                .equal("status", f.status())
                .equal("region", f.region())
                .when("startedAt >= :from", "from", f.from())
                .when("startedAt < :to", "to", f.to())
                .page(this, "Activity", Sort.by("startedAt").descending().and("id"), page, size);
    }

    /** Search filters; the service narrows them to what the caller may see. */
    public record Filter(UUID volunteerId, UUID organizationId, UUID projectId, ActivityStatus status, String region,
                         Instant from, Instant to) {
    }
}
