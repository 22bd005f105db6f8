package kz.dvp.identity.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dvp.identity.domain.PartnerClient;

import java.util.UUID;

@ApplicationScoped
@WithSession
public class PartnerClientRepository implements PanacheRepositoryBase<PartnerClient, UUID> {

    public Uni<PartnerClient> findByClientId(String clientId) {
        return find("clientId", clientId).firstResult();
    }
}
