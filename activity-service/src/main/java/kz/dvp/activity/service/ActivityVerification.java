package kz.dvp.activity.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;
import kz.dvp.activity.domain.Activity;
import kz.dvp.activity.domain.ActivityTransition;
import kz.dvp.activity.domain.OrganizationReplica;
import kz.dvp.activity.repository.ActivityRepository;
import kz.dvp.activity.repository.Replicas;
import kz.dvp.activity.rest.dto.ItemResult;
import kz.dvp.events.ActivityStatus;
import kz.dvp.events.OrganizationStatus;
import kz.dvp.platform.outbox.Outbox;
import kz.dvp.platform.problem.ProblemException;
import kz.dvp.platform.security.Caller;
import kz.dvp.platform.security.Role;
import kz.dvp.platform.sql.Transactions;
import kz.dvp.platform.time.Today;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * SUBMITTED → VERIFIED or REJECTED by a coordinator of the project's organization or an operator of its region
 * (never by whoever submitted it), while the organization is VERIFIED; VERIFIED → REVOKED by an operator of
 * the organization's region or a national admin. Each step is kept and announced. The activities are read locked
 * and written in plain SQL ({@link ActivityRepository#lockForDecision}): concurrent decisions on one activity take
 * turns, and the second is refused as the first left it.
 */
@ApplicationScoped
public class ActivityVerification {

    private final ActivityRepository activities;
    private final Replicas replicas;
    private final ActivityEvents events;
    private final Outbox outbox;
    private final Today today;

    public ActivityVerification(ActivityRepository activities, Replicas replicas, ActivityEvents events, Outbox outbox,
                                Today today) {
        this.activities = activities;
        this.replicas = replicas;
        this.events = events;
        this.outbox = outbox;
        this.today = today;
    }

    public Uni<Activity> decide(UUID id, ActivityStatus decision, String reason, Caller caller) {
        return bulkDecide(List.of(id), decision, reason, caller).map(results -> results.get(0)).map(result -> {
            if (result.problem() != null) {
                throw result.problem();
            }
            return result.activity();
        });
    }

    /** Up to 1 000 activities; one result per id, in order. */
    public Uni<List<ItemResult>> bulk(List<UUID> ids, ActivityStatus decision, String reason, Caller caller) {
        return bulkDecide(ids, decision, reason, caller).map(results -> {
            List<ItemResult> out = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                Result r = results.get(i);
                out.add(r.problem() == null ? ItemResult.ok(i, r.activity().id, r.activity().status)
                        : ItemResult.failed(i, ids.get(i), r.problem().code(), r.problem().getMessage(), r.problem().extensions()));
            }
            return out;
        });
    }

    public Uni<Activity> revoke(UUID id, String reason, Caller caller) {
        caller.requireAny(Role.NATIONAL_ADMIN, Role.REGIONAL_OPERATOR);
        return Transactions.withGenericPlans(() -> activities.lockForDecision(List.of(id)).chain(found -> {
            if (found.isEmpty()) {
                throw notFound();
            }
            Activity a = found.get(0);
            return replicas.organizations(List.of(a.organizationId)).chain(orgs -> {
                OrganizationReplica org = orgs.get(a.organizationId);
                if (org == null || !caller.governs(org.region)) {
                    throw new ProblemException(Status.FORBIDDEN, "region-forbidden",
                            "Only an operator of the organization's region or a national admin revokes hours");
                }
                if (a.status != ActivityStatus.VERIFIED) {
                    throw new ProblemException(Status.CONFLICT, "activity-not-verified", "Only verified hours are revoked");
                }
                return move(List.of(a), ActivityStatus.REVOKED, reason, caller).replaceWith(a);
            });
        }));
    }

    private Uni<List<Result>> bulkDecide(List<UUID> ids, ActivityStatus decision, String reason, Caller caller) {
        caller.requireAny(Role.ORG_COORDINATOR, Role.REGIONAL_OPERATOR, Role.NATIONAL_ADMIN);
        if (decision == ActivityStatus.REJECTED && (reason == null || reason.isBlank())) {
            throw ProblemException.unprocessable("reason-required", "A rejection needs a reason");
        }
        return Transactions.withGenericPlans(() -> activities.lockForDecision(ids).chain(found -> {
            Map<UUID, Activity> byId = new java.util.HashMap<>();
            found.forEach(a -> byId.put(a.id, a));
            return replicas.organizations(found.stream().map(a -> a.organizationId).distinct().toList()).chain(orgs -> {
                List<Result> results = new ArrayList<>();
                List<Activity> accepted = new ArrayList<>();
                for (UUID id : ids) {
                    Activity a = byId.get(id);
                    ProblemException problem = a == null ? notFound() : refusal(a, orgs.get(a.organizationId), caller);
                    if (problem == null && accepted.contains(a)) {
                        problem = new ProblemException(Status.CONFLICT, "duplicate-id", "This id appears twice");
                    }
                    results.add(new Result(problem == null ? a : null, problem));
                    if (problem == null) {
                        accepted.add(a);
                    }
                }
                return move(accepted, decision, reason, caller).replaceWith(results);
            });
        }));
    }

    private static ProblemException refusal(Activity a, OrganizationReplica org, Caller caller) {
        boolean allowed = caller.coordinates(a.organizationId) || org != null && caller.governs(org.region);
        if (!allowed) {
            return new ProblemException(Status.FORBIDDEN, "organization-forbidden",
                    "Only a coordinator of the organization or an operator of its region verifies its hours");
        }
        if (a.submittedBy.equals(caller.subject()) || caller.isVolunteer(a.volunteerId)) {
            return new ProblemException(Status.FORBIDDEN, "self-verification", "Nobody verifies their own activity");
        }
        if (org == null || org.status != OrganizationStatus.VERIFIED) {
            return ProblemException.unprocessable("organization-not-verified",
                    "Hours are verified only while the organization is VERIFIED");
        }
        if (a.status != ActivityStatus.SUBMITTED) {
            return new ProblemException(Status.CONFLICT, "activity-not-submitted", "The activity is already " + a.status);
        }
        return null;
    }

    private Uni<Void> move(List<Activity> list, ActivityStatus to, String reason, Caller caller) {
        if (list.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Instant at = today.now();
        List<ActivityTransition> transitions = new ArrayList<>();
        for (Activity a : list) {
            ActivityStatus from = a.status;
            a.status = to;
            a.updatedAt = at;
            a.version++;
            transitions.add(ActivityEvents.transition(a, from, to, reason, caller.subject(), at));
        }
        return activities.move(list.stream().map(a -> a.id).toList(), to, at, transitions)
                .chain(() -> outbox.appendAll(list.stream().map(events::forStatus).toList()));
    }

    private static ProblemException notFound() {
        return new ProblemException(Status.NOT_FOUND, "activity-not-found", "No such activity");
    }

    record Result(Activity activity, ProblemException problem) {
    }
}
