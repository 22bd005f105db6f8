package kz.dvp.activity.service;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
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
import kz.dvp.platform.sql.GroupCommit;
import kz.dvp.platform.sql.Transactions;
import kz.dvp.platform.time.Today;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * SUBMITTED → VERIFIED or REJECTED by a coordinator of the project's organization or an operator of its region
 * (never by whoever submitted it), while the organization is VERIFIED; VERIFIED → REVOKED by an operator of
 * the organization's region or a national admin. Each step is kept and announced. The activities are read locked
 * and written in plain SQL ({@link ActivityRepository#lockForDecision}): concurrent decisions on one activity take
 * turns, and the second is refused as the first left it.
 * <p>
 * Single decisions sent at the same moment, by anyone, are written together ({@link GroupCommit}): each is
 * checked with its own sender's rights against the activity as the decisions before it in the group left it.
 */
@ApplicationScoped
public class ActivityVerification {

    private final ActivityRepository activities;
    private final Replicas replicas;
    private final ActivityEvents events;
    private final Outbox outbox;
    private final Today today;
    private final GroupCommit<Decision, Result> singles;

    public ActivityVerification(ActivityRepository activities, Replicas replicas, ActivityEvents events, Outbox outbox,
                                Today today, ActivityConfig config, MeterRegistry registry) {
        this.activities = activities;
        this.replicas = replicas;
        this.events = events;
        this.outbox = outbox;
        this.today = today;
        DistributionSummary groupSizes = DistributionSummary.builder("dvp.activity.decision.group")
                .description("Single decisions written in one transaction").baseUnit("decisions").register(registry);
        this.singles = new GroupCommit<>(group -> Transactions.withGenericPlans(() -> decideAll(group)),
                config.writeGroups().maxSize(), config.writeGroups().concurrency(), groupSizes::record);
    }

    /** One decision, written with the others sent at the same moment; a refusal is thrown as its problem. */
    public Uni<Activity> decide(UUID id, ActivityStatus decision, String reason, Caller caller) {
        requireDecider(decision, reason, caller);
        return singles.submit(new Decision(id, decision, reason, caller)).map(result -> {
            if (result.problem() != null) {
                throw result.problem();
            }
            return result.activity();
        });
    }

    /** Up to 1 000 activities; one result per id, in order; an id named again is refused as a duplicate. */
    public Uni<List<ItemResult>> bulk(List<UUID> ids, ActivityStatus decision, String reason, Caller caller) {
        requireDecider(decision, reason, caller);
        List<Decision> distinct = ids.stream().distinct().map(id -> new Decision(id, decision, reason, caller)).toList();
        return Transactions.withGenericPlans(() -> decideAll(distinct)).map(results -> {
            Map<UUID, Result> byId = new HashMap<>();
            for (int i = 0; i < distinct.size(); i++) {
                byId.put(distinct.get(i).id(), results.get(i));
            }
            Set<UUID> answered = new HashSet<>();
            List<ItemResult> out = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                Result r = answered.add(ids.get(i)) ? byId.get(ids.get(i)) : new Result(null,
                        new ProblemException(Status.CONFLICT, "duplicate-id", "This id appears twice"));
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
                Instant at = today.now();
                ActivityTransition transition = step(a, ActivityStatus.REVOKED, reason, caller, at);
                return write(List.of(a), List.of(transition), at).replaceWith(a);
            });
        }));
    }

    private static void requireDecider(ActivityStatus decision, String reason, Caller caller) {
        caller.requireAny(Role.ORG_COORDINATOR, Role.REGIONAL_OPERATOR, Role.NATIONAL_ADMIN);
        if (decision == ActivityStatus.REJECTED && (reason == null || reason.isBlank())) {
            throw ProblemException.unprocessable("reason-required", "A rejection needs a reason");
        }
    }

    /** Within the caller's transaction: each decision in order, as the ones before it left the activity. */
    private Uni<List<Result>> decideAll(List<Decision> decisions) {
        return activities.lockForDecision(decisions.stream().map(Decision::id).toList()).chain(found -> {
            Map<UUID, Activity> byId = new HashMap<>();
            found.forEach(a -> byId.put(a.id, a));
            return replicas.organizations(found.stream().map(a -> a.organizationId).distinct().toList()).chain(orgs -> {
                Instant at = today.now();
                List<Result> results = new ArrayList<>(decisions.size());
                List<Activity> moved = new ArrayList<>();
                List<ActivityTransition> transitions = new ArrayList<>();
                for (Decision d : decisions) {
                    Activity a = byId.get(d.id());
                    ProblemException problem = a == null ? notFound() : refusal(a, orgs.get(a.organizationId), d.caller());
                    if (problem == null) {
                        transitions.add(step(a, d.status(), d.reason(), d.caller(), at));
                        moved.add(a);
                    }
                    results.add(new Result(problem == null ? a : null, problem));
                }
                return write(moved, transitions, at).replaceWith(results);
            });
        });
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

    /** Moves the activity to its new status in memory; returns the history row that records the step. */
    private static ActivityTransition step(Activity a, ActivityStatus to, String reason, Caller caller, Instant at) {
        ActivityTransition transition = ActivityEvents.transition(a, a.status, to, reason, caller.subject(), at);
        a.status = to;
        a.updatedAt = at;
        a.version++;
        return transition;
    }

    /** The new statuses of the moved activities, their history rows and their events. */
    private Uni<Void> write(List<Activity> moved, List<ActivityTransition> transitions, Instant at) {
        if (moved.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return activities.move(moved, at, transitions)
                .chain(() -> outbox.appendAll(moved.stream().map(events::forStatus).toList()));
    }

    private static ProblemException notFound() {
        return new ProblemException(Status.NOT_FOUND, "activity-not-found", "No such activity");
    }

    /** One activity's decision and who made it. */
    record Decision(UUID id, ActivityStatus status, String reason, Caller caller) {
    }

    record Result(Activity activity, ProblemException problem) {
    }
}
