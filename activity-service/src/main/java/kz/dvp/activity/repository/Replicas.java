package kz.dvp.activity.repository;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dvp.activity.domain.OrganizationReplica;
import kz.dvp.activity.domain.ProjectReplica;
import kz.dvp.activity.domain.VolunteerReplica;
import kz.dvp.events.Category;
import kz.dvp.events.OrganizationStatus;
import kz.dvp.events.VolunteerStatus;
import kz.dvp.platform.sql.SessionSql;
import kz.dvp.platform.sql.SqlArrays;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads of the local replicas, one statement per kind even for a batch of 10 000 activities, in plain SQL on the
 * transaction's connection ({@link SessionSql}): every submission reads them. The rows are read-only facts; the
 * replicas are written only by {@code ReplicaUpdates}.
 */
@ApplicationScoped
public class Replicas {

    /** How many columns {@link #project} reads. */
    private static final int PROJECT_COLUMNS = 10;

    /**
     * The volunteers, their rows locked until the transaction ends (in id order, so that concurrent batches
     * cannot deadlock): submissions for one volunteer are checked one after the other.
     */
    public Uni<Map<UUID, VolunteerReplica>> lockVolunteers(Collection<UUID> ids) {
        return select("""
                select id, region, birth_year, adult_on, status, guardian_consent from volunteer_replica
                where id = any($1) order by id for update""", ids, Replicas::volunteer, v -> v.id);
    }

    public Uni<Map<UUID, ProjectReplica>> projects(Collection<UUID> ids) {
        return select("""
                select id, organization_id, category, program_code, regions, start_date, end_date, minors_allowed,
                    max_hours_per_day, closed_at from project_replica where id = any($1)""", ids, Replicas::project, p -> p.id);
    }

    /** Projects by id, and those of their organizations whose replicas have arrived. */
    public record ProjectsFound(Map<UUID, ProjectReplica> projects, Map<UUID, OrganizationReplica> organizations) {
    }

    /** The projects and their organizations in one statement: a submission needs both. */
    public Uni<ProjectsFound> projectsWithOrganizations(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(new ProjectsFound(Map.of(), Map.of()));
        }
        return SessionSql.select("""
                        select p.id, p.organization_id, p.category, p.program_code, p.regions, p.start_date, p.end_date,
                            p.minors_allowed, p.max_hours_per_day, p.closed_at, o.id, o.region, o.status
                        from project_replica p left join organization_replica o on o.id = p.organization_id
                        where p.id = any($1)""",
                (Object) SqlArrays.uuids(ids.stream().distinct().toList())).map(rows -> {
            Map<UUID, ProjectReplica> projects = new HashMap<>();
            Map<UUID, OrganizationReplica> organizations = new HashMap<>();
            for (Object[] row : rows) {
                ProjectReplica project = project(row);
                projects.put(project.id, project);
                if (row[PROJECT_COLUMNS] != null) {
                    OrganizationReplica organization = organization(Arrays.copyOfRange(row, PROJECT_COLUMNS, row.length));
                    organizations.put(organization.id, organization);
                }
            }
            return new ProjectsFound(projects, organizations);
        });
    }

    public Uni<Map<UUID, OrganizationReplica>> organizations(Collection<UUID> ids) {
        return select("select id, region, status from organization_replica where id = any($1)", ids,
                Replicas::organization, o -> o.id);
    }

    private static <T> Uni<Map<UUID, T>> select(String sql, Collection<UUID> ids, Function<Object[], T> row,
                                                Function<T, UUID> id) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return SessionSql.select(sql, (Object) SqlArrays.uuids(ids.stream().distinct().toList()))
                .map((List<Object[]> rows) -> rows.stream().map(row)
                        .collect(Collectors.toMap(id, Function.identity())));
    }

    private static VolunteerReplica volunteer(Object[] row) {
        VolunteerReplica v = new VolunteerReplica();
        v.id = (UUID) row[0];
        v.region = (String) row[1];
        v.birthYear = (Integer) row[2];
        v.adultOn = (LocalDate) row[3];
        v.status = VolunteerStatus.valueOf((String) row[4]);
        v.guardianConsent = (Boolean) row[5];
        return v;
    }

    private static ProjectReplica project(Object[] row) {
        ProjectReplica p = new ProjectReplica();
        p.id = (UUID) row[0];
        p.organizationId = (UUID) row[1];
        p.category = Category.valueOf((String) row[2]);
        p.programCode = (String) row[3];
        p.regions = (String) row[4];
        p.startDate = (LocalDate) row[5];
        p.endDate = (LocalDate) row[6];
        p.minorsAllowed = (Boolean) row[7];
        p.maxHoursPerDay = (Integer) row[8];
        p.closedAt = SessionSql.instant(row[9]);
        return p;
    }

    private static OrganizationReplica organization(Object[] row) {
        OrganizationReplica o = new OrganizationReplica();
        o.id = (UUID) row[0];
        o.region = (String) row[1];
        o.status = OrganizationStatus.valueOf((String) row[2]);
        return o;
    }
}
