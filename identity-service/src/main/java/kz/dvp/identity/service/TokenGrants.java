package kz.dvp.identity.service;

import kz.dvp.platform.validation.InvalidIdentifierException;
import kz.dvp.platform.time.Today;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dvp.identity.config.IdentityConfig;
import kz.dvp.identity.domain.Account;
import kz.dvp.identity.domain.Iin;
import kz.dvp.identity.domain.PartnerClient;
import kz.dvp.identity.repository.AccountRepository;
import kz.dvp.identity.repository.PartnerClientRepository;
import kz.dvp.identity.security.BlindIndex;
import kz.dvp.identity.security.PasswordHasher;
import kz.dvp.identity.security.TokenIssuer;
import kz.dvp.platform.security.Claims;
import kz.dvp.platform.security.Role;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The OAuth 2.0 grants of {@code POST /oauth2/token} (RFC 6749): {@code password} for accounts (volunteers
 * log in with their IIN) and {@code client_credentials} for partner systems. Failed logins slow down, then
 * lock the account for a while.
 */
@ApplicationScoped
public class TokenGrants {

    private final AccountRepository accounts;
    private final PartnerClientRepository partners;
    private final PasswordHasher hasher;
    private final BlindIndex index;
    private final TokenIssuer issuer;
    private final IdentityConfig config;
    private final Today today;

    public TokenGrants(AccountRepository accounts, PartnerClientRepository partners, PasswordHasher hasher,
                       BlindIndex index, TokenIssuer issuer, IdentityConfig config, Today today) {
        this.accounts = accounts;
        this.partners = partners;
        this.hasher = hasher;
        this.index = index;
        this.issuer = issuer;
        this.config = config;
        this.today = today;
    }

    public Uni<TokenIssuer.IssuedToken> password(String username, String password) {
        if (blank(username) || blank(password)) {
            return Uni.createFrom().failure(new OAuthError("invalid_request", "username and password are required", 400));
        }
        String login = loginName(username);
        return Panache.withSession(() -> accounts.findByUsername(login)).chain(account -> {
            if (account != null && account.lockedAt(today.now())) {
                return Uni.createFrom().failure(new OAuthError("invalid_grant",
                        "Too many failed logins; the account is locked for a while", 400));
            }
            return hasher.matches(password, account == null ? null : account.passwordHash).chain(ok -> ok
                    ? succeeded(account)
                    : failed(account));
        });
    }

    public Uni<TokenIssuer.IssuedToken> clientCredentials(String clientId, String secret, String requestedScope) {
        if (blank(clientId) || blank(secret)) {
            return Uni.createFrom().failure(new OAuthError("invalid_client", "Client authentication failed", 401));
        }
        return Panache.withSession(() -> partners.findByClientId(clientId)).chain(client ->
                hasher.matches(secret, client == null ? null : client.secretHash).map(ok -> {
                    if (!ok) {
                        throw new OAuthError("invalid_client", "Client authentication failed", 401);
                    }
                    return issuer.issue(client.id.toString(), Role.PARTNER.name(), Map.of(), scopes(client, requestedScope));
                }));
    }

    private Uni<TokenIssuer.IssuedToken> succeeded(Account account) {
        Uni<Void> reset = account.failedAttempts == 0 ? Uni.createFrom().voidItem()
                : Panache.withTransaction(() -> accounts.findById(account.id).invoke(a -> {
                    a.failedAttempts = 0;
                    a.lockedUntil = null;
                }).replaceWithVoid());
        Map<String, String> claims = new HashMap<>();
        if (account.region != null) {
            claims.put(Claims.REGION, account.region);
        }
        if (account.organizationId != null) {
            claims.put(Claims.ORGANIZATION, account.organizationId.toString());
        }
        if (account.volunteerId != null) {
            claims.put(Claims.VOLUNTEER, account.volunteerId.toString());
        }
        return reset.map(ignored -> issuer.issue(account.id.toString(), account.role.name(), claims, Set.of()));
    }

    private Uni<TokenIssuer.IssuedToken> failed(Account account) {
        OAuthError error = new OAuthError("invalid_grant", "Invalid username or password", 400);
        if (account == null) {
            return Uni.createFrom().<TokenIssuer.IssuedToken>failure(error)
                    .onFailure().call(() -> Uni.createFrom().voidItem().onItem().delayIt().by(config.login().failureDelay()));
        }
        return Panache.withTransaction(() -> accounts.findById(account.id).invoke(a -> {
                    a.failedAttempts++;
                    if (a.failedAttempts >= config.login().maxFailures()) {
                        a.lockedUntil = today.now().plus(config.login().lockDuration());
                        a.failedAttempts = 0;
                    }
                }))
                .onItem().delayIt().by(delay(account.failedAttempts + 1))
                .chain(() -> Uni.createFrom().failure(error));
    }

    private Duration delay(int failures) {
        return config.login().failureDelay().multipliedBy(Math.min(failures, 10));
    }

    /** Volunteers log in with their IIN, which accounts hold only as its blind index. */
    private String loginName(String username) {
        if (username.matches("[0-9]{12}")) {
            try {
                return Account.IIN_LOGIN + index.of(Iin.parse(username, today.date()).digits());
            } catch (InvalidIdentifierException e) {
                return username;
            }
        }
        return username.toLowerCase();
    }

    private static Set<String> scopes(PartnerClient client, String requested) {
        Set<String> granted = new LinkedHashSet<>(Arrays.asList(client.scopes.split(" ")));
        if (blank(requested)) {
            return granted;
        }
        Set<String> wanted = new LinkedHashSet<>(Arrays.asList(requested.trim().split("\\s+")));
        if (!granted.containsAll(wanted)) {
            throw new OAuthError("invalid_scope", "The client may not request these scopes", 400);
        }
        return wanted;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** An RFC 6749 §5.2 error. */
    public static class OAuthError extends RuntimeException {
        private final String error;
        private final int status;

        public OAuthError(String error, String description, int status) {
            super(description, null, false, false);
            this.error = error;
            this.status = status;
        }

        public String error() {
            return error;
        }

        public int status() {
            return status;
        }
    }
}
