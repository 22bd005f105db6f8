package kz.dvp.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The current {@link Caller}, resolved from the bearer token without blocking. A missing token gives
 * {@link Caller#anonymous()}; an invalid, expired or foreign-signed one fails with a 401 problem.
 */
@ApplicationScoped
public class Callers {

    /**
     * The caller each token gave, by token instance: {@link VerifiedTokens} hands out the same instance while it
     * trusts the token. smallrye-jwt looks a custom claim up through {@code Claims.valueOf}, which throws and
     * catches an exception for each of the four read here (3.9 % of passport-service's samples in an
     * async-profiler profile of the bench's verifications that reached into its reads). Weak keys: an entry goes
     * when its token is no longer kept.
     */
    private final Cache<JsonWebToken, Caller> known = Caffeine.newBuilder().weakKeys().maximumSize(10_000).build();
    private final CurrentIdentityAssociation identities;

    public Callers(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    public Uni<Caller> current() {
        return identities.getDeferredIdentity().map(this::caller);
    }

    private Caller caller(SecurityIdentity identity) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Caller.anonymous();
        }
        return known.get(token, Callers::of);
    }

    private static Caller of(JsonWebToken token) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (token.getGroups().contains(role.name())) {
                roles.add(role);
            }
        }
        return new Caller(token.getSubject(), Collections.unmodifiableSet(roles),
                Optional.ofNullable(text(token.getClaim(Claims.REGION))),
                uuid(token.getClaim(Claims.ORGANIZATION)),
                uuid(token.getClaim(Claims.VOLUNTEER)),
                Caller.parseScopes(text(token.getClaim(Claims.SCOPE))));
    }

    /** Claims may arrive as JSON strings; their text without quotes. */
    private static String text(Object claim) {
        return claim == null ? null : claim.toString().replace("\"", "");
    }

    private static Optional<UUID> uuid(Object claim) {
        try {
            return Optional.ofNullable(text(claim)).map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
