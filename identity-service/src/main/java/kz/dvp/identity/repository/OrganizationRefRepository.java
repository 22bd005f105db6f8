package kz.dvp.identity.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dvp.identity.domain.OrganizationRef;

import java.util.UUID;

@ApplicationScoped
@WithSession
public class OrganizationRefRepository implements PanacheRepositoryBase<OrganizationRef, UUID> {
}
