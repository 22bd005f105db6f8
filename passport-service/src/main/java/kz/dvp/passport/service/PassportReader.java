package kz.dvp.passport.service;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;
import kz.dvp.passport.domain.Passport;
import kz.dvp.platform.problem.ProblemException;
import kz.dvp.platform.rest.Page;
import kz.dvp.platform.security.Caller;
import kz.dvp.platform.security.Role;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads passports by primary key, with the reactive client: under the benchmark's reads, a third of
 * passport-service's JFR samples were inside the Hibernate session that a read used to open. Who may: the volunteer, an operator of the passport's region, a national
 * admin, and a partner with scope {@code passport.read} when the volunteer shares with partners. Anyone else
 * gets a 404, as if there were no passport.
 */
@ApplicationScoped
public class PassportReader {

    public static final String READ_SCOPE = "passport.read";

    private final Pool pool;

    public PassportReader(Pool pool) {
        this.pool = pool;
    }

    public Uni<Passport> get(UUID volunteerId, Caller caller) {
        caller.requireAny(Role.VOLUNTEER, Role.REGIONAL_OPERATOR, Role.NATIONAL_ADMIN, Role.PARTNER);
        return pool.preparedQuery(PassportRows.SELECT + " where volunteer_id = $1").execute(Tuple.of(volunteerId))
                .map(rows -> {
                    Passport p = rows.iterator().hasNext() ? PassportRows.passport(columns(rows.iterator().next())) : null;
                    if (p == null || !p.registered() || !mayRead(p, caller)) {
                        throw new ProblemException(Status.NOT_FOUND, "passport-not-found", "No such passport");
                    }
                    return p;
                });
    }

    private static Object[] columns(Row row) {
        Object[] columns = new Object[row.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = row.getValue(i);
        }
        return columns;
    }

    /** Volunteer $1's verified activities, newest first, with names: page $3 of size $2, and how many in all. */
    static final String TIMELINE = """
            select a.activity_id, a.started_at, a.ended_at, a.hours, a.category, a.program_code, a.region,
                   a.organization_id, coalesce(o.name_kk, o.name_ru) as organization_name,
                   a.project_id, pr.name as project_name, count(*) over () as total
            from passport_activity a
            left join organization_name o on o.organization_id = a.organization_id
            left join project_name pr on pr.project_id = a.project_id
            where a.volunteer_id = $1 and a.status = 'VERIFIED'
            order by a.started_at desc, a.activity_id limit $2 offset $3""";

    /** The verified timeline, newest first, with organization and project names. */
    public Uni<Page<TimelineEntry>> timeline(UUID volunteerId, int page, int size, Caller caller) {
        return get(volunteerId, caller).chain(p -> pool.preparedQuery(TIMELINE)
                .execute(Tuple.of(volunteerId, size, page * size)).map(rows -> {
                    List<TimelineEntry> items = new ArrayList<>();
                    long total = 0;
                    for (Row r : rows) {
                        total = r.getLong("total");
                        items.add(new TimelineEntry(r.getUUID("activity_id"), r.getOffsetDateTime("started_at").toInstant(),
                                r.getOffsetDateTime("ended_at").toInstant(), r.getBigDecimal("hours"), r.getString("category"),
                                r.getString("program_code"), r.getString("region"), r.getUUID("organization_id"),
                                r.getString("organization_name"), r.getUUID("project_id"), r.getString("project_name")));
                    }
                    return new Page<>(items, page, size, total);
                }));
    }

    static boolean mayRead(Passport p, Caller caller) {
        return caller.is(Role.NATIONAL_ADMIN) || caller.isVolunteer(p.volunteerId)
                || caller.is(Role.REGIONAL_OPERATOR) && p.region != null && caller.governs(p.region)
                || caller.is(Role.PARTNER) && caller.hasScope(READ_SCOPE) && p.partnerSharing;
    }

    /** One verified activity of the timeline. Names may be null until org-service's events have arrived. */
    public record TimelineEntry(UUID activityId, Instant start, Instant end, BigDecimal hours, String category,
                                String programCode, String region, UUID organizationId, String organizationName,
                                UUID projectId, String projectName) {
    }
}
