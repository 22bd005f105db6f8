package kz.dvp.activity.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dvp.activity.domain.Activity;
import kz.dvp.activity.domain.ActivityRules;
import kz.dvp.events.ActivityStatus;
import kz.dvp.platform.rest.Page;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class ActivityRepository implements PanacheRepositoryBase<Activity, UUID> {

    /** Non-rejected activities of these volunteers touching [from, to): what overlap and daily limits count. */
    public Uni<List<Activity>> booked(Collection<UUID> volunteers, Instant from, Instant to) {
        return list("volunteerId in ?1 and status <> ?2 and startedAt < ?3 and endedAt > ?4",
                volunteers, ActivityStatus.REJECTED, to, from);
    }

    public static ActivityRules.Booked booked(Activity a) {
        return new ActivityRules.Booked(a.id, a.projectId, a.startedAt, a.endedAt);
    }

    /** Paged search within a scope; each filter is optional. */
    public Uni<Page<Activity>> search(Filter f, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters p = new Parameters();
        add(where, p, "volunteerId", f.volunteerId());
        add(where, p, "organizationId", f.organizationId());
        add(where, p, "projectId", f.projectId());
        add(where, p, "status", f.status());
        add(where, p, "region", f.region());
        if (f.from() != null) {
            where.add("startedAt >= :from");
            p.and("from", f.from());
        }
        if (f.to() != null) {
            where.add("startedAt < :to");
            p.and("to", f.to());
        }
        String query = where.isEmpty() ? "from Activity" : "from Activity where " + String.join(" and ", where);
        var found = find(query, Sort.by("startedAt").descending().and("id"), p);
        return found.page(page, size).list().chain(items -> found.count().map(total -> new Page<>(items, page, size, total)));
    }

    private static void add(List<String> where, Parameters p, String field, Object value) {
        if (value != null) {
            where.add(field + " = :" + field);
            p.and(field, value);
        }
    }

    /** Search filters; the service narrows them to what the caller may see. */
    public record Filter(UUID volunteerId, UUID organizationId, UUID projectId, ActivityStatus status, String region,
                         Instant from, Instant to) {
    }
}
