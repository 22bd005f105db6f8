package kz.dvp.passport.service;

import io.smallrye.mutiny.Uni;
import kz.dvp.events.OrganizationStatus;

import java.util.UUID;

/** The public names and status of organizations and projects, for timelines and statistics. */
final class PassportProjectionNames {

    private PassportProjectionNames() {
    }

    static Uni<Void> organization(UUID id, String nameKk, String nameRu, String region, OrganizationStatus status) {
        return Sql.run("""
                insert into organization_name (organization_id, name_kk, name_ru, region, status) values ($1, $2, $3, $4, $5)
                on conflict (organization_id) do update set name_kk = excluded.name_kk, name_ru = excluded.name_ru,
                    region = excluded.region, status = excluded.status""", id, nameKk, nameRu, region, status.name());
    }

    static Uni<Void> organizationStatus(UUID id, OrganizationStatus status) {
        return Sql.run("update organization_name set status = $2 where organization_id = $1",
                id, status.name());
    }

    /** An activity may have arrived first: its hours already count; the name completes the timeline now. */
    static Uni<Void> project(UUID id, UUID organizationId, String name) {
        return Sql.run("""
                insert into project_name (project_id, organization_id, name) values ($1, $2, $3)
                on conflict (project_id) do update set name = excluded.name""", id, organizationId, name);
    }
}
