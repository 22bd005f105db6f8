package kz.dvp.identity.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dvp.events.VolunteerStatus;
import kz.dvp.identity.domain.Volunteer;
import kz.dvp.platform.rest.Page;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class VolunteerRepository implements PanacheRepositoryBase<Volunteer, UUID> {

    public Uni<Volunteer> findByIinIndex(String iinIndex) {
        return find("iinIndex", iinIndex).firstResult();
    }

    /** Paged search; {@code namePrefix} matches the start of the last or first name, ignoring case. */
    public Uni<Page<Volunteer>> search(String region, VolunteerStatus status, String namePrefix, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (region != null) {
            where.add("region = :region");
            parameters.and("region", region);
        }
        if (status != null) {
            where.add("status = :status");
            parameters.and("status", status);
        }
        if (namePrefix != null) {
            where.add("(lower(lastName) like :name or lower(firstName) like :name)");
            parameters.and("name", namePrefix.toLowerCase().replace("%", "").replace("_", "") + "%");
        }
        String query = where.isEmpty() ? "from Volunteer" : "from Volunteer where " + String.join(" and ", where);
        var found = find(query, Sort.by("lastName").and("firstName").and("id"), parameters);
        return found.page(page, size).list().chain(items -> found.count().map(total -> new Page<>(items, page, size, total)));
    }
}
