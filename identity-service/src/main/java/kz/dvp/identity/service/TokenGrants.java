package kz.dvp.identity.service;

import kz.dvp.platform.validation.InvalidIdentifierException;
import kz.dvp.platform.time.Today;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
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
import java.time.Instant;
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
        return Panache.withTransaction(() -> accounts.find("username", login)
                        .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult().map(this::countAttempt))
                .chain(attempt -> {
                    if (attempt.locked()) {
                        return Uni.createFrom().failure(new OAuthError("invalid_grant",
                                "Too many failed logins; the account is locked for a while", 400));
                    }
                    Account account = attempt.account();
                    return hasher.matches(password, account == null ? null : account.passwordHash).chain(ok -> ok
                            ? succeeded(account)
                            : failed(attempt.number()));
                });
    }

    /**
     * Counts an attempt before its password is weighed, under the account's row lock: however many guesses arrive
     * at once, at most {@code max-failures} are weighed before the account locks.
     */
    private Attempt countAttempt(Account account) {
        if (account == null) {
            return new Attempt(null, false, 1);
        }
        Instant now = today.now();
        if (account.lockedAt(now)) {
            return new Attempt(account, true, 0);
        }
        account.failedAttempts++;
        int number = account.failedAttempts;
        if (account.failedAttempts >= config.login().maxFailures()) {
            account.lockedUntil = now.plus(config.login().lockDuration());
            account.failedAttempts = 0;
        }
        return new Attempt(account, false, number);
    }

    /** A login attempt as counted: whose, refused outright because of a lock, its number since the last success. */
    private record Attempt(Account account, boolean locked, int number) {
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
        // the attempt was counted up front; a success clears the count (and a lock set by that same attempt)
        Uni<Void> reset = Panache.withTransaction(() -> accounts.update(
                "failedAttempts = 0, lockedUntil = null where id = ?1", account.id)).replaceWithVoid();
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

    private Uni<TokenIssuer.IssuedToken> failed(int attempt) {
        return Uni.createFrom().voidItem().onItem().delayIt().by(delay(attempt))
                .chain(() -> Uni.createFrom().failure(new OAuthError("invalid_grant", "Invalid username or password", 400)));
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
