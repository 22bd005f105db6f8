package kz.dvp.identity.rest.dto;

import kz.dvp.identity.domain.Account;
import kz.dvp.platform.security.Role;

import java.time.Instant;
import java.util.UUID;

public record AccountView(UUID id, String username, Role role, String region, UUID organizationId, Instant createdAt) {

    public static AccountView of(Account a) {
        return new AccountView(a.id, a.username, a.role, a.region, a.organizationId, a.createdAt);
    }
}
