package kz.dvp.activity.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dvp.activity.domain.Activity;
import kz.dvp.activity.domain.ActivityRules;
import kz.dvp.activity.domain.ActivityTransition;
import kz.dvp.events.ActivityStatus;
import kz.dvp.platform.repository.Conditions;
import kz.dvp.platform.rest.Page;
import kz.dvp.platform.sql.SessionSql;
import kz.dvp.platform.sql.SqlArrays;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class ActivityRepository implements PanacheRepositoryBase<Activity, UUID> {

    /**
     * Non-rejected activities of these volunteers touching [from, to), by volunteer: what overlap and daily limits
     * count. Plain SQL on the transaction's connection ({@link SessionSql}): every submission reads them.
     */
    public Uni<Map<UUID, List<ActivityRules.Booked>>> booked(Collection<UUID> volunteers, Instant from, Instant to) {
        return SessionSql.select("""
                        select volunteer_id, id, project_id, started_at, ended_at from activity
                        where volunteer_id = any($1) and status <> 'REJECTED' and started_at < $2 and ended_at > $3""",
                SqlArrays.uuids(volunteers), SessionSql.timestamp(to), SessionSql.timestamp(from)).map(rows -> {
            Map<UUID, List<ActivityRules.Booked>> byVolunteer = new HashMap<>();
            for (Object[] row : rows) {
                byVolunteer.computeIfAbsent((UUID) row[0], v -> new ArrayList<>()).add(new ActivityRules.Booked(
                        (UUID) row[1], (UUID) row[2], SessionSql.instant(row[3]), SessionSql.instant(row[4])));
            }
            return byVolunteer;
        });
    }

    /**
     * New activities and their first history rows, one statement each whatever their number: through the session
     * every entity was an insert of its own and a place in Hibernate's action queue.
     */
    public Uni<Void> insert(List<Activity> activities, List<ActivityTransition> transitions) {
        return SessionSql.update("""
                        insert into activity (id, volunteer_id, organization_id, project_id, program_code, category, region,
                            started_at, ended_at, hours, description, evidence_url, method, status, submitted_by,
                            created_at, updated_at, version)
                        select *, 0 from unnest(cast($1 as uuid[]), cast($2 as uuid[]), cast($3 as uuid[]),
                            cast($4 as uuid[]), cast($5 as text[]), cast($6 as text[]), cast($7 as text[]),
                            cast(cast($8 as text[]) as timestamptz[]), cast(cast($9 as text[]) as timestamptz[]),
                            cast(cast($10 as text[]) as numeric[]), cast($11 as text[]), cast($12 as text[]),
                            cast($13 as text[]), cast($14 as text[]), cast($15 as text[]),
                            cast(cast($16 as text[]) as timestamptz[]), cast(cast($17 as text[]) as timestamptz[]))""",
                        SqlArrays.uuids(activities, a -> a.id), SqlArrays.uuids(activities, a -> a.volunteerId),
                        SqlArrays.uuids(activities, a -> a.organizationId), SqlArrays.uuids(activities, a -> a.projectId),
                        SqlArrays.text(activities, a -> a.programCode), SqlArrays.text(activities, a -> a.category),
                        SqlArrays.text(activities, a -> a.region), SqlArrays.text(activities, a -> a.startedAt),
                        SqlArrays.text(activities, a -> a.endedAt), SqlArrays.text(activities, a -> a.hours),
                        SqlArrays.text(activities, a -> a.description), SqlArrays.text(activities, a -> a.evidenceUrl),
                        SqlArrays.text(activities, a -> a.method), SqlArrays.text(activities, a -> a.status),
                        SqlArrays.text(activities, a -> a.submittedBy), SqlArrays.text(activities, a -> a.createdAt),
                        SqlArrays.text(activities, a -> a.updatedAt))
                .chain(() -> insert(transitions));
    }

    /** History rows, one statement whatever their number. */
    public Uni<Void> insert(List<ActivityTransition> transitions) {
        return SessionSql.update("""
                        insert into activity_transition (id, activity_id, from_status, to_status, reason, actor, at)
                        select * from unnest(cast($1 as uuid[]), cast($2 as uuid[]), cast($3 as text[]),
                            cast($4 as text[]), cast($5 as text[]), cast($6 as text[]),
                            cast(cast($7 as text[]) as timestamptz[]))""",
                        SqlArrays.uuids(transitions, t -> t.id), SqlArrays.uuids(transitions, t -> t.activityId),
                        SqlArrays.text(transitions, t -> t.fromStatus), SqlArrays.text(transitions, t -> t.toStatus),
                        SqlArrays.text(transitions, t -> t.reason), SqlArrays.text(transitions, t -> t.actor),
                        SqlArrays.text(transitions, t -> t.at))
                .replaceWithVoid();
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
