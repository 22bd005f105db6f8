package kz.dvp.identity.service;

import kz.dvp.platform.time.Today;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response.Status;
import kz.dvp.events.OrganizationStatus;
import kz.dvp.events.Region;
import kz.dvp.identity.config.IdentityConfig;
import kz.dvp.identity.domain.Account;
import kz.dvp.identity.repository.AccountRepository;
import kz.dvp.identity.repository.OrganizationRefRepository;
import kz.dvp.identity.rest.dto.CreateAccountRequest;
import kz.dvp.identity.security.KeyMaterial;
import kz.dvp.identity.security.PasswordHasher;
import kz.dvp.platform.problem.ProblemException;
import kz.dvp.platform.security.Caller;
import kz.dvp.platform.security.Role;

import java.time.Duration;
import java.util.UUID;

/**
 * Staff accounts: a national admin creates national admins, regional operators and analysts (and
 * coordinators anywhere); a regional operator creates coordinators for organizations of their region.
 */
@ApplicationScoped
public class Accounts {

    private final AccountRepository accounts;
    private final OrganizationRefRepository organizations;
    private final PasswordHasher hasher;
    private final IdentityConfig config;
    private final KeyMaterial keys;
    private final Today today;

    public Accounts(AccountRepository accounts, OrganizationRefRepository organizations, PasswordHasher hasher,
                    IdentityConfig config, KeyMaterial keys, Today today) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.hasher = hasher;
        this.config = config;
        this.keys = keys;
        this.today = today;
    }

    public Uni<Account> create(CreateAccountRequest request, Caller caller) {
        caller.requireAny(Role.NATIONAL_ADMIN, Role.REGIONAL_OPERATOR);
        Account account = new Account();
        account.id = UUID.randomUUID();
        account.username = request.username();
        account.role = request.role();
        account.createdBy = caller.subject();
        account.createdAt = today.now();
        Uni<Void> allowed = switch (request.role()) {
            case NATIONAL_ADMIN, ANALYST -> adminOnly(caller);
            case REGIONAL_OPERATOR -> adminOnly(caller).invoke(() -> account.region = knownRegion(request.region()));
            case ORG_COORDINATOR -> coordinatorOf(request.organizationId(), caller)
                    .invoke(org -> account.organizationId = org).replaceWithVoid();
            case VOLUNTEER, PARTNER -> Uni.createFrom().failure(ProblemException.unprocessable("role-not-creatable",
                    "Volunteers register through /api/v1/volunteers and partners through /api/v1/partners"));
        };
        return allowed.chain(() -> hasher.hash(request.password()))
                .chain(hash -> Panache.withTransaction(() -> accounts.findByUsername(request.username()).chain(existing -> {
                    if (existing != null) {
                        throw new ProblemException(Status.CONFLICT, "username-taken", "This username is taken");
                    }
                    account.passwordHash = hash;
                    return accounts.persist(account);
                })));
    }

    private static Uni<Void> adminOnly(Caller caller) {
        if (!caller.is(Role.NATIONAL_ADMIN)) {
            return Uni.createFrom().failure(new ProblemException(Status.FORBIDDEN, "forbidden",
                    "Only a national admin creates this kind of account"));
        }
        return Uni.createFrom().voidItem();
    }

    private static String knownRegion(String region) {
        if (region == null || Region.ofCode(region).isEmpty()) {
            throw ProblemException.unprocessable("region-unknown", "A regional operator needs one of the 20 regions");
        }
        return region;
    }

    /** The organization must be known (from org-service's events), verified, and in an operator's own region. */
    private Uni<UUID> coordinatorOf(UUID organizationId, Caller caller) {
        if (organizationId == null) {
            return Uni.createFrom().failure(ProblemException.unprocessable("organization-required",
                    "An org coordinator account needs organizationId"));
        }
        return Panache.withSession(() -> organizations.findById(organizationId)).map(org -> {
            if (org == null) {
                throw ProblemException.retryLater("organization-not-yet-known",
                        "This organization is not known here yet; org-service's event may still be on its way",
                        Duration.ofSeconds(5));
            }
            if (!caller.governs(org.region)) {
                throw new ProblemException(Status.FORBIDDEN, "region-forbidden",
                        "A regional operator creates coordinators only for organizations of their region");
            }
            if (!OrganizationStatus.VERIFIED.name().equals(org.status)) {
                throw ProblemException.unprocessable("organization-not-verified",
                        "Coordinators are created for verified organizations only");
            }
            return org.id;
        });
    }

    /**
     * The bootstrap national admin, so that a fresh installation can be administered at all. Its password is hashed
     * only when it is created: a bcrypt hash on a cold JVM held up every start.
     */
    void bootstrap(@Observes StartupEvent startup) throws Throwable {
        String username = config.bootstrapAdmin().username();
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() ->
                accounts.anyWithRole(Role.NATIONAL_ADMIN).chain(exists -> exists ? Uni.createFrom().voidItem()
                        : hasher.hash(keys.bootstrapPassword()).chain(hash -> {
                            Account admin = new Account();
                            admin.id = UUID.randomUUID();
                            admin.username = username;
                            admin.passwordHash = hash;
                            admin.role = Role.NATIONAL_ADMIN;
                            admin.createdBy = "bootstrap";
                            admin.createdAt = today.now();
                            Log.infof("Created the bootstrap national admin '%s'%s", username, keys.development()
                                    ? " (password: the development default in the dev keys file)" : "");
                            return accounts.persist(admin).replaceWithVoid();
                        }))));
    }
}
