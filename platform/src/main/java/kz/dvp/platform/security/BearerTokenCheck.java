package kz.dvp.platform.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A request that carries a bearer token has it checked on every endpoint, public ones included: an expired or
 * foreign-signed token is a 401 (RFC 6750 {@code invalid_token}), so a client learns to renew it instead of being
 * silently served as anonymous.
 */
public class BearerTokenCheck {

    private final CurrentIdentityAssociation identities;

    public BearerTokenCheck(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Void> check(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Uni.createFrom().voidItem();
        }
        // a failed authentication surfaces as AuthenticationFailedException: ProblemMapper makes it the 401
        return identities.getDeferredIdentity().replaceWithVoid();
    }
}
