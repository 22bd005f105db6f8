package kz.dvp.org.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dvp.events.Category;
import kz.dvp.org.domain.Project;
import kz.dvp.platform.repository.Conditions;
import kz.dvp.platform.rest.Page;

import java.util.UUID;

@ApplicationScoped
@WithSession
public class ProjectRepository implements PanacheRepositoryBase<Project, UUID> {

    public Uni<Page<Project>> search(Category category, String program, String region, UUID organization, Boolean open,
                                     int page, int size) {
        return new Conditions()
                .equal("category", category)
                .equal("programCode", program)
                // regions is a short comma-separated list of fixed-width codes, so a containment match is exact
                .when("regions like :region", "region", region == null ? null : "%" + region + "%")
                .equal("organizationId", organization)
                .equal("status", open == null ? null : open ? Project.Status.OPEN : Project.Status.CLOSED)
                .page(this, "Project", Sort.by("startDate").and("id"), page, size);
    }
}
