package kz.dvp.activity.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dvp.activity.domain.Activity;
import kz.dvp.activity.domain.ActivityRules;
import kz.dvp.activity.domain.ActivityTransition;
import kz.dvp.events.ActivityMethod;
import kz.dvp.events.ActivityStatus;
import kz.dvp.events.Category;
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
import java.util.UUID;

@ApplicationScoped
@WithSession
public class ActivityRepository implements PanacheRepositoryBase<Activity, UUID> {

    /**
     * Non-rejected activities of these volunteers touching [from, to), by volunteer: what overlap and daily limits
     * count. Plain SQL on the transaction's connection ({@link SessionSql}): every submission reads them. No activity
     * lasts longer than {@link ActivityRules#MAX_DURATION}, so one touching the interval started at most that long
     * before it: the index range ends there, instead of running through the volunteer's whole history (a new
     * activity is usually their newest).
     */
    public Uni<Map<UUID, List<ActivityRules.Booked>>> booked(Collection<UUID> volunteers, Instant from, Instant to) {
        return SessionSql.select("""
                        select volunteer_id, id, project_id, started_at, ended_at from activity
                        where volunteer_id = any($1) and status <> 'REJECTED' and started_at < $2 and ended_at > $3
                            and started_at >= $4""",
                SqlArrays.uuids(volunteers), SessionSql.timestamp(to), SessionSql.timestamp(from),
                SessionSql.timestamp(from.minus(ActivityRules.MAX_DURATION))).map(rows -> {
            Map<UUID, List<ActivityRules.Booked>> byVolunteer = new HashMap<>();
            for (Object[] row : rows) {
                byVolunteer.computeIfAbsent((UUID) row[0], v -> new ArrayList<>()).add(new ActivityRules.Booked(
                        (UUID) row[1], (UUID) row[2], SessionSql.instant(row[3]), SessionSql.instant(row[4])));
            }
            return byVolunteer;
        });
    }

    /**
     * History rows from {@code $1}…{@code $7} ({@link #transitions}), after the change they record in a {@code with}
     * clause of the same statement: one round trip for the change and its history, whatever their number.
     */
    private static final String HISTORY = """
            insert into activity_transition (id, activity_id, from_status, to_status, reason, actor, at)
            select * from unnest(cast($1 as uuid[]), cast($2 as uuid[]), cast($3 as text[]), cast($4 as text[]),
                cast($5 as text[]), cast($6 as text[]), cast($7 as timestamptz[]))""";

    /**
     * New activities and their first history rows, in one statement whatever their number: through the session
     * every entity was an insert of its own and a place in Hibernate's action queue.
     */
    public Uni<Void> insert(List<Activity> activities, List<ActivityTransition> transitions) {
        return SessionSql.update("""
                        with inserted as (
                            insert into activity (id, volunteer_id, organization_id, project_id, program_code, category,
                                region, started_at, ended_at, hours, description, evidence_url, method, status,
                                submitted_by, created_at, updated_at, version)
                            select *, 0 from unnest(cast($8 as uuid[]), cast($9 as uuid[]), cast($10 as uuid[]),
                                cast($11 as uuid[]), cast($12 as text[]), cast($13 as text[]), cast($14 as text[]),
                                cast($15 as timestamptz[]), cast($16 as timestamptz[]),
                                cast(cast($17 as text[]) as numeric[]), cast($18 as text[]), cast($19 as text[]),
                                cast($20 as text[]), cast($21 as text[]), cast($22 as text[]),
                                cast($23 as timestamptz[]), cast($24 as timestamptz[])))
                        """ + HISTORY,
                transitions(transitions,
                        SqlArrays.uuids(activities, a -> a.id), SqlArrays.uuids(activities, a -> a.volunteerId),
                        SqlArrays.uuids(activities, a -> a.organizationId), SqlArrays.uuids(activities, a -> a.projectId),
                        SqlArrays.text(activities, a -> a.programCode), SqlArrays.text(activities, a -> a.category),
                        SqlArrays.text(activities, a -> a.region), SqlArrays.timestamps(activities, a -> a.startedAt),
                        SqlArrays.timestamps(activities, a -> a.endedAt), SqlArrays.text(activities, a -> a.hours),
                        SqlArrays.text(activities, a -> a.description), SqlArrays.text(activities, a -> a.evidenceUrl),
                        SqlArrays.text(activities, a -> a.method), SqlArrays.text(activities, a -> a.status),
                        SqlArrays.text(activities, a -> a.submittedBy), SqlArrays.timestamps(activities, a -> a.createdAt),
                        SqlArrays.timestamps(activities, a -> a.updatedAt)))
                .replaceWithVoid();
    }

    /**
     * The activities with these ids (those that exist), locked until the transaction ends, in id order so that
     * concurrent bulk decisions cannot deadlock: a second decision on an activity waits and sees the first's outcome.
     */
    public Uni<List<Activity>> lockForDecision(Collection<UUID> ids) {
        return SessionSql.select("""
                        select id, volunteer_id, organization_id, project_id, program_code, category, region, started_at,
                            ended_at, hours, description, evidence_url, method, status, submitted_by, created_at, updated_at,
                            version
                        from activity where id = any($1) order by id for update""",
                        (Object) SqlArrays.uuids(ids.stream().distinct().toList()))
                .map(rows -> rows.stream().map(ActivityRepository::activity).toList());
    }

    /**
     * The new status of activities this transaction has locked ({@link #lockForDecision}), each its own, and the
     * history rows that record it, one statement.
     */
    public Uni<Void> move(List<Activity> moved, Instant at, List<ActivityTransition> transitions) {
        return SessionSql.update("""
                        with moved as (
                            update activity a set status = m.status, updated_at = $8, version = a.version + 1
                            from unnest(cast($9 as uuid[]), cast($10 as text[])) as m (id, status) where a.id = m.id)
                        """ + HISTORY,
                transitions(transitions, SessionSql.timestamp(at), SqlArrays.uuids(moved, a -> a.id),
                        SqlArrays.text(moved, a -> a.status))).replaceWithVoid();
    }

    /** The parameters of {@link #HISTORY}, then {@code more} from {@code $8} on. */
    private static Object[] transitions(List<ActivityTransition> transitions, Object... more) {
        List<Object> parameters = new ArrayList<>(List.of(
                SqlArrays.uuids(transitions, t -> t.id), SqlArrays.uuids(transitions, t -> t.activityId),
                SqlArrays.text(transitions, t -> t.fromStatus), SqlArrays.text(transitions, t -> t.toStatus),
                SqlArrays.text(transitions, t -> t.reason), SqlArrays.text(transitions, t -> t.actor),
                SqlArrays.timestamps(transitions, t -> t.at)));
        parameters.addAll(List.of(more));
        return parameters.toArray();
    }

    private static Activity activity(Object[] row) {
        Activity a = new Activity();
        a.id = (UUID) row[0];
        a.volunteerId = (UUID) row[1];
        a.organizationId = (UUID) row[2];
        a.projectId = (UUID) row[3];
        a.programCode = (String) row[4];
        a.category = Category.valueOf((String) row[5]);
        a.region = (String) row[6];
        a.startedAt = SessionSql.instant(row[7]);
        a.endedAt = SessionSql.instant(row[8]);
        a.hours = SessionSql.decimal(row[9]);
        a.description = (String) row[10];
        a.evidenceUrl = (String) row[11];
        a.method = ActivityMethod.valueOf((String) row[12]);
        a.status = ActivityStatus.valueOf((String) row[13]);
        a.submittedBy = (String) row[14];
        a.createdAt = SessionSql.instant(row[15]);
        a.updatedAt = SessionSql.instant(row[16]);
        a.version = (Integer) row[17];
        return a;
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
