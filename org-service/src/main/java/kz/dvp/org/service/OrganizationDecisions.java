package kz.dvp.org.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;
import kz.dvp.events.DvpEvent;
import kz.dvp.events.OrganizationReinstated;
import kz.dvp.events.OrganizationRejected;
import kz.dvp.events.OrganizationStatus;
import kz.dvp.events.OrganizationSuspended;
import kz.dvp.events.OrganizationVerified;
import kz.dvp.org.domain.Organization;
import kz.dvp.org.domain.OrganizationDecision;
import kz.dvp.org.repository.DecisionRepository;
import kz.dvp.org.repository.OrganizationRepository;
import kz.dvp.platform.outbox.Outbox;
import kz.dvp.platform.problem.ProblemException;
import kz.dvp.platform.security.Caller;
import kz.dvp.platform.security.Role;
import kz.dvp.platform.time.Today;

import java.util.List;
import java.util.UUID;

/**
 * The front-office's decisions on an organization, by a regional operator of its region or a national
 * admin: verify or reject a pending one, suspend a verified one, reinstate a suspended one. Each decision
 * is kept with who, when and why, and announced as an event.
 */
@ApplicationScoped
public class OrganizationDecisions {

    private final OrganizationRepository organizations;
    private final DecisionRepository decisions;
    private final Outbox outbox;
    private final Today today;

    public OrganizationDecisions(OrganizationRepository organizations, DecisionRepository decisions, Outbox outbox,
                                 Today today) {
        this.organizations = organizations;
        this.decisions = decisions;
        this.outbox = outbox;
        this.today = today;
    }

    public Uni<Organization> decide(UUID id, OrganizationDecision.Kind decision, String reason, Caller caller) {
        caller.requireAny(Role.NATIONAL_ADMIN, Role.REGIONAL_OPERATOR);
        if (decision != OrganizationDecision.Kind.VERIFIED && (reason == null || reason.isBlank())) {
            throw ProblemException.unprocessable("reason-required", "A rejection, suspension or reinstatement needs a reason");
        }
        return Panache.withTransaction(() -> organizations.findById(id).chain(o -> {
            governed(o, caller);
            OrganizationStatus next = transition(o.status, decision);
            o.status = next;
            o.updatedAt = today.now();
            return decisions.persist(record(o, decision, reason, caller))
                    .call(() -> outbox.append(event(o, decision)))
                    .replaceWith(o);
        }));
    }

    public Uni<List<OrganizationDecision>> history(UUID id, Caller caller) {
        caller.requireAny(Role.NATIONAL_ADMIN, Role.REGIONAL_OPERATOR, Role.ORG_COORDINATOR);
        return organizations.findById(id).chain(o -> {
            if (o == null || !(caller.governs(o.region) || caller.coordinates(o.id))) {
                throw new ProblemException(Status.NOT_FOUND, "organization-not-found", "No such organization");
            }
            return decisions.history(id);
        });
    }

    /** The status a decision leads to from the current one; anything else is a 409. */
    static OrganizationStatus transition(OrganizationStatus from, OrganizationDecision.Kind decision) {
        OrganizationStatus required = switch (decision) {
            case VERIFIED, REJECTED -> OrganizationStatus.PENDING_VERIFICATION;
            case SUSPENDED -> OrganizationStatus.VERIFIED;
            case REINSTATED -> OrganizationStatus.SUSPENDED;
        };
        if (from != required) {
            throw new ProblemException(Status.CONFLICT, "organization-status-conflict",
                    "A " + decision + " decision needs status " + required + ", the organization is " + from);
        }
        return switch (decision) {
            case VERIFIED, REINSTATED -> OrganizationStatus.VERIFIED;
            case REJECTED -> OrganizationStatus.REJECTED;
            case SUSPENDED -> OrganizationStatus.SUSPENDED;
        };
    }

    private static void governed(Organization o, Caller caller) {
        if (o == null) {
            throw new ProblemException(Status.NOT_FOUND, "organization-not-found", "No such organization");
        }
        if (!caller.governs(o.region)) {
            throw new ProblemException(Status.FORBIDDEN, "region-forbidden",
                    "Only an operator of the organization's region or a national admin decides on it");
        }
    }

    private OrganizationDecision record(Organization o, OrganizationDecision.Kind decision, String reason, Caller caller) {
        OrganizationDecision d = new OrganizationDecision();
        d.id = UUID.randomUUID();
        d.organizationId = o.id;
        d.decision = decision;
        d.reason = reason;
        d.decidedBy = caller.subject();
        d.decidedAt = o.updatedAt;
        return d;
    }

    private static DvpEvent event(Organization o, OrganizationDecision.Kind decision) {
        return switch (decision) {
            case VERIFIED -> new OrganizationVerified(o.id, o.region, o.updatedAt);
            case REJECTED -> new OrganizationRejected(o.id, o.region, o.updatedAt);
            case SUSPENDED -> new OrganizationSuspended(o.id, o.region, o.updatedAt);
            case REINSTATED -> new OrganizationReinstated(o.id, o.region, o.updatedAt);
        };
    }
}
