package kz.dvp.org.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dvp.events.OrganizationKind;
import kz.dvp.events.OrganizationStatus;
import kz.dvp.org.domain.Organization;
import kz.dvp.platform.rest.Page;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class OrganizationRepository implements PanacheRepositoryBase<Organization, UUID> {

    public Uni<Organization> findByBin(String bin) {
        return find("bin", bin).firstResult();
    }

    public Uni<Page<Organization>> search(String region, OrganizationStatus status, OrganizationKind kind, String name,
                                          int page, int size) {
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
        if (kind != null) {
            where.add("kind = :kind");
            parameters.and("kind", kind);
        }
        if (name != null) {
            where.add("(lower(nameKk) like :name or lower(nameRu) like :name)");
            parameters.and("name", "%" + name.toLowerCase().replace("%", "").replace("_", "") + "%");
        }
        String query = where.isEmpty() ? "from Organization" : "from Organization where " + String.join(" and ", where);
        var found = find(query, Sort.by("createdAt").and("id"), parameters);
        return found.page(page, size).list().chain(items -> found.count().map(total -> new Page<>(items, page, size, total)));
    }
}
