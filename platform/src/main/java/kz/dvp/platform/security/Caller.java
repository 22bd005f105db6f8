package kz.dvp.platform.security;

import jakarta.ws.rs.core.Response.Status;
import kz.dvp.platform.problem.ProblemException;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Who is calling, as the verified token says: account id, roles and the claims that bound what the
 * caller may touch (region, organization, volunteer, scopes). {@link #anonymous()} when there is no token.
 */
public record Caller(String subject, Set<Role> roles, Optional<String> region, Optional<UUID> organization,
                     Optional<UUID> volunteer, Set<String> scopes) {

    public static Caller anonymous() {
        return new Caller(null, EnumSet.noneOf(Role.class), Optional.empty(), Optional.empty(), Optional.empty(), Set.of());
    }

    public boolean isAnonymous() {
        return subject == null;
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    /** A national admin, or a regional operator of {@code regionCode}. */
    public boolean governs(String regionCode) {
        return is(Role.NATIONAL_ADMIN) || is(Role.REGIONAL_OPERATOR) && region.filter(regionCode::equals).isPresent();
    }

    /** A volunteer acting on their own records. */
    public boolean isVolunteer(UUID volunteerId) {
        return is(Role.VOLUNTEER) && volunteer.filter(volunteerId::equals).isPresent();
    }

    /** A coordinator of {@code organizationId}. */
    public boolean coordinates(UUID organizationId) {
        return is(Role.ORG_COORDINATOR) && organization.filter(organizationId::equals).isPresent();
    }

    /**
     * Function-level authorization: passes when the caller has one of the roles.
     *
     * @throws ProblemException 401 without a token, 403 with a token of another role
     */
    public Caller requireAny(Role... allowed) {
        if (isAnonymous()) {
            throw new ProblemException(Status.UNAUTHORIZED, "unauthorized", "A valid access token is required");
        }
        for (Role role : allowed) {
            if (is(role)) {
                return this;
            }
        }
        throw new ProblemException(Status.FORBIDDEN, "forbidden", "Your role does not allow this");
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    static Set<String> parseScopes(String scope) {
        return scope == null || scope.isBlank() ? Set.of()
                : Arrays.stream(scope.trim().split("\\s+")).collect(Collectors.toUnmodifiableSet());
    }
}
