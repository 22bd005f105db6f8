package kz.dvp.activity.service;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;
import kz.dvp.activity.domain.Activity;
import kz.dvp.activity.domain.ActivityRules;
import kz.dvp.activity.domain.ActivityTransition;
import kz.dvp.activity.domain.OrganizationReplica;
import kz.dvp.activity.domain.ProjectReplica;
import kz.dvp.activity.domain.VolunteerReplica;
import kz.dvp.activity.repository.ActivityRepository;
import kz.dvp.activity.repository.Replicas;
import kz.dvp.activity.rest.dto.ItemResult;
import kz.dvp.activity.rest.dto.SubmitActivityRequest;
import kz.dvp.events.ActivityMethod;
import kz.dvp.events.ActivityStatus;
import kz.dvp.events.Ids;
import kz.dvp.platform.outbox.Outbox;
import kz.dvp.platform.problem.ProblemException;
import kz.dvp.platform.security.Caller;
import kz.dvp.platform.security.Role;
import kz.dvp.platform.sql.GroupCommit;
import kz.dvp.platform.sql.Transactions;
import kz.dvp.platform.time.Today;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Records activities: one (self-report or coordinator), a batch of up to 10 000 (coordinators), or one made by
 * a check-out. Every item is checked alone against the replicas and the volunteer's other activities
 * (including earlier items of the same batch); the accepted ones are written in one transaction with their
 * events, so nothing is half-written. The volunteers' replica rows are locked for the transaction, so two
 * concurrent submissions cannot both pass the overlap check.
 * <p>
 * Single submissions sent at the same moment, by anyone, are written as one such batch ({@link GroupCommit}):
 * each is still checked alone, with its own sender's rights, and answered with its own outcome, as if it had come
 * a moment after the ones before it in the group.
 */
@ApplicationScoped
public class ActivitySubmission {

    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final ActivityRepository activities;
    private final Replicas replicas;
    private final ActivityEvents events;
    private final Outbox outbox;
    private final ActivityConfig config;
    private final Today today;
    private final GroupCommit<Submitted, Outcome> singles;

    public ActivitySubmission(ActivityRepository activities, Replicas replicas, ActivityEvents events, Outbox outbox,
                              ActivityConfig config, Today today, MeterRegistry registry) {
        this.activities = activities;
        this.replicas = replicas;
        this.events = events;
        this.outbox = outbox;
        this.config = config;
        this.today = today;
        DistributionSummary groupSizes = DistributionSummary.builder("dvp.activity.submission.group")
                .description("Single submissions written in one transaction").baseUnit("submissions").register(registry);
        this.singles = new GroupCommit<>(group -> Transactions.withGenericPlans(() -> record(group)),
                config.writeGroups().maxSize(), config.writeGroups().concurrency(), groupSizes::record);
    }

    /** One activity, written with the others sent at the same moment; a broken rule is thrown as its problem. */
    public Uni<Activity> submit(SubmitActivityRequest request, Caller caller) {
        requireSingle(request, caller);
        return singles.submit(new Submitted(request, caller)).map(ActivitySubmission::created);
    }

    /** One activity, in the caller's transaction alone (one that stores an idempotency key with it). */
    public Uni<Activity> submitAlone(SubmitActivityRequest request, Caller caller) {
        requireSingle(request, caller);
        return Transactions.withGenericPlans(() -> record(List.of(new Submitted(request, caller))))
                .map(outcomes -> created(outcomes.get(0)));
    }

    private static void requireSingle(SubmitActivityRequest request, Caller caller) {
        caller.requireAny(Role.VOLUNTEER, Role.ORG_COORDINATOR);
        if (request.method() == ActivityMethod.CHECK_IN) {
            throw ProblemException.unprocessable("check-in-method", "CHECK_IN activities come from check-outs");
        }
    }

    private static Activity created(Outcome outcome) {
        if (outcome.problem() != null) {
            throw outcome.problem();
        }
        return outcome.activity();
    }

    /** Up to 10 000 activities by a coordinator; one result per item, in order. */
    public Uni<List<ItemResult>> submitBatch(List<SubmitActivityRequest> items, Caller caller) {
        caller.requireAny(Role.ORG_COORDINATOR);
        List<Submitted> submitted = items.stream().map(item -> new Submitted(item, caller)).toList();
        return Transactions.withGenericPlans(() -> record(submitted)).map(outcomes -> {
            List<ItemResult> results = new ArrayList<>(outcomes.size());
            for (int i = 0; i < outcomes.size(); i++) {
                Outcome o = outcomes.get(i);
                results.add(o.problem() == null ? ItemResult.ok(i, o.activity().id, o.activity().status)
                        : ItemResult.failed(i, null, o.problem().code(), o.problem().getMessage(), o.problem().extensions()));
            }
            return results;
        });
    }

    /** Within the caller's transaction: checks and writes the items; one outcome per item, in order. */
    Uni<List<Outcome>> record(List<Submitted> submitted) {
        Set<UUID> volunteerIds = new LinkedHashSet<>();
        Set<UUID> projectIds = new LinkedHashSet<>();
        Instant from = Instant.MAX;
        Instant to = Instant.MIN;
        for (Submitted one : submitted) {
            SubmitActivityRequest item = one.request();
            volunteerIds.add(item.volunteerId());
            projectIds.add(item.projectId());
            from = item.start().isBefore(from) ? item.start() : from;
            to = item.end().isAfter(to) ? item.end() : to;
        }
        // every Asia/Almaty calendar day the items touch, whole: what the daily limits count
        Instant bookedFrom = ActivityRules.day(from).atStartOfDay(ActivityRules.ZONE).toInstant();
        Instant bookedTo = ActivityRules.day(to.minusNanos(1)).plusDays(1).atStartOfDay(ActivityRules.ZONE).toInstant();
        return replicas.lockVolunteers(volunteerIds).chain(volunteers -> replicas.projectsWithOrganizations(projectIds)
                .chain(found -> activities.booked(volunteerIds, bookedFrom, bookedTo).chain(booked -> {
                    List<Outcome> outcomes = new ArrayList<>(submitted.size());
                    for (Submitted one : submitted) {
                        outcomes.add(evaluate(one.request(), one.caller(), volunteers, found.projects(),
                                found.organizations(), booked));
                    }
                    return persist(outcomes).replaceWith(outcomes);
                })));
    }

    private Outcome evaluate(SubmitActivityRequest item, Caller caller, Map<UUID, VolunteerReplica> volunteers,
                             Map<UUID, ProjectReplica> projects, Map<UUID, OrganizationReplica> organizations,
                             Map<UUID, List<ActivityRules.Booked>> booked) {
        VolunteerReplica volunteer = volunteers.get(item.volunteerId());
        ProjectReplica project = projects.get(item.projectId());
        if (volunteer == null) {
            return Outcome.failed(ProblemException.retryLater("volunteer-not-yet-known",
                    "This volunteer is not known here yet; identity-service's event may still be on its way", RETRY_AFTER));
        }
        if (project == null) {
            return Outcome.failed(ProblemException.retryLater("project-not-yet-known",
                    "This project is not known here yet; org-service's event may still be on its way", RETRY_AFTER));
        }
        OrganizationReplica organization = organizations.get(project.organizationId);
        if (organization == null) {
            return Outcome.failed(ProblemException.retryLater("organization-not-yet-known",
                    "The project's organization is not known here yet", RETRY_AFTER));
        }
        ProblemException denied = authorize(item, caller, project);
        if (denied != null) {
            return Outcome.failed(denied);
        }
        ActivityRules.Candidate candidate = new ActivityRules.Candidate(item.volunteerId(), item.projectId(),
                item.start(), item.end(), item.region());
        List<ActivityRules.Booked> mine = booked.computeIfAbsent(item.volunteerId(), v -> new ArrayList<>());
        var violation = ActivityRules.check(candidate, volunteer.facts(), organization.facts(), project.facts(), mine,
                today.now(), config.limits());
        if (violation.isPresent()) {
            ProblemException problem = ProblemException.unprocessable(violation.get().code(), violation.get().message());
            for (var extension : violation.get().extensions().entrySet()) {
                problem = problem.with(extension.getKey(), extension.getValue());
            }
            return Outcome.failed(problem);
        }
        Activity activity = newActivity(item, caller, project,
                ActivityRules.region(candidate, volunteer.facts(), project.facts()).orElseThrow());
        mine.add(ActivityRepository.booked(activity));
        return new Outcome(activity, null);
    }

    private static ProblemException authorize(SubmitActivityRequest item, Caller caller, ProjectReplica project) {
        if (item.method() == ActivityMethod.SELF_REPORT && !caller.isVolunteer(item.volunteerId())) {
            return new ProblemException(Status.FORBIDDEN, "self-report-forbidden",
                    "A self-report is made by the volunteer themselves");
        }
        if (item.method() == ActivityMethod.COORDINATOR && !caller.coordinates(project.organizationId)) {
            return new ProblemException(Status.FORBIDDEN, "organization-forbidden",
                    "Only a coordinator of the project's organization records its activities");
        }
        if (item.method() == ActivityMethod.CHECK_IN && !caller.isVolunteer(item.volunteerId())
                && !caller.coordinates(project.organizationId)) {
            return new ProblemException(Status.FORBIDDEN, "forbidden", "Not your attendance");
        }
        return null;
    }

    private Activity newActivity(SubmitActivityRequest r, Caller caller, ProjectReplica project, String region) {
        Activity a = new Activity();
        a.id = Ids.next();
        a.volunteerId = r.volunteerId();
        a.organizationId = project.organizationId;
        a.projectId = project.id;
        a.programCode = project.programCode;
        a.category = project.category;
        a.region = region;
        a.startedAt = r.start();
        a.endedAt = r.end();
        a.hours = ActivityRules.hours(r.start(), r.end());
        a.description = r.description() == null ? "" : r.description();
        a.evidenceUrl = r.evidenceUrl();
        a.method = r.method();
        a.status = ActivityStatus.SUBMITTED;
        a.submittedBy = caller.subject();
        a.createdAt = today.now();
        a.updatedAt = a.createdAt;
        return a;
    }

    private Uni<Void> persist(List<Outcome> outcomes) {
        List<Activity> accepted = outcomes.stream().filter(o -> o.activity() != null).map(Outcome::activity)
                .sorted(Comparator.comparing((Activity a) -> a.volunteerId).thenComparing(a -> a.startedAt)).toList();
        if (accepted.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<ActivityTransition> history = accepted.stream()
                .map(a -> ActivityEvents.transition(a, null, ActivityStatus.SUBMITTED, null, a.submittedBy, a.createdAt))
                .toList();
        return activities.insert(accepted, history)
                .chain(() -> outbox.appendAll(accepted.stream().map(events::submitted).toList()));
    }

    /** An item to record and who sent it. */
    record Submitted(SubmitActivityRequest request, Caller caller) {
    }

    /** The activity created for an item, or the problem that stopped it. */
    record Outcome(Activity activity, ProblemException problem) {

        static Outcome failed(ProblemException problem) {
            return new Outcome(null, problem);
        }
    }
}
