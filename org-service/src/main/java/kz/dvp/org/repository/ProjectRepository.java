package kz.dvp.org.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dvp.events.Category;
import kz.dvp.org.domain.Project;
import kz.dvp.platform.rest.Page;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class ProjectRepository implements PanacheRepositoryBase<Project, UUID> {

    public Uni<Page<Project>> search(Category category, String program, String region, UUID organization, Boolean open,
                                     int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (category != null) {
            where.add("category = :category");
            parameters.and("category", category);
        }
        if (program != null) {
            where.add("programCode = :program");
            parameters.and("program", program);
        }
        if (region != null) {
            // regions is a short comma-separated list of fixed-width codes, so a containment match is exact
            where.add("regions like :region");
            parameters.and("region", "%" + region + "%");
        }
        if (organization != null) {
            where.add("organizationId = :organization");
            parameters.and("organization", organization);
        }
        if (open != null) {
            where.add("status = :status");
            parameters.and("status", open ? Project.Status.OPEN : Project.Status.CLOSED);
        }
        String query = where.isEmpty() ? "from Project" : "from Project where " + String.join(" and ", where);
        var found = find(query, Sort.by("startDate").and("id"), parameters);
        return found.page(page, size).list().chain(items -> found.count().map(total -> new Page<>(items, page, size, total)));
    }
}
