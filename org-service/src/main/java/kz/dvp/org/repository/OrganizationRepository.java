package kz.dvp.org.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dvp.events.OrganizationKind;
import kz.dvp.events.OrganizationStatus;
import kz.dvp.org.domain.Organization;
import kz.dvp.platform.repository.Conditions;
import kz.dvp.platform.rest.Page;

import java.util.UUID;

@ApplicationScoped
@WithSession
public class OrganizationRepository implements PanacheRepositoryBase<Organization, UUID> {

    public Uni<Organization> findByBin(String bin) {
        return find("bin", bin).firstResult();
    }

    public Uni<Page<Organization>> search(String region, OrganizationStatus status, OrganizationKind kind, String name,
                                          int page, int size) {
        return new Conditions()
                .equal("region", region)
                .equal("status", status)
                .equal("kind", kind)
                .when("(lower(nameKk) like :name or lower(nameRu) like :name)", "name", Conditions.containing(name))
                .page(this, "Organization", Sort.by("createdAt").and("id"), page, size);
    }
}
