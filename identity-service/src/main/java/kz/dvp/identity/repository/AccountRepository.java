package kz.dvp.identity.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dvp.identity.domain.Account;
import kz.dvp.platform.security.Role;

import java.util.UUID;

@ApplicationScoped
@WithSession
public class AccountRepository implements PanacheRepositoryBase<Account, UUID> {

    public Uni<Account> findByUsername(String username) {
        return find("username", username).firstResult();
    }

    public Uni<Boolean> anyWithRole(Role role) {
        return count("role", role).map(n -> n > 0);
    }
}
