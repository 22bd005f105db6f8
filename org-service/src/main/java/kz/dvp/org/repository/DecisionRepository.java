package kz.dvp.org.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dvp.org.domain.OrganizationDecision;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class DecisionRepository implements PanacheRepositoryBase<OrganizationDecision, UUID> {

    public Uni<List<OrganizationDecision>> history(UUID organizationId) {
        return list("organizationId", Sort.by("decidedAt"), organizationId);
    }
}
