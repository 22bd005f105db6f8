package kz.dvp.activity.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;
import kz.dvp.activity.domain.Activity;
import kz.dvp.activity.domain.Attendance;
import kz.dvp.activity.domain.ProjectReplica;
import kz.dvp.activity.repository.Replicas;
import kz.dvp.activity.rest.dto.SubmitActivityRequest;
import kz.dvp.events.ActivityMethod;
import kz.dvp.platform.problem.ProblemException;
import kz.dvp.platform.security.Caller;
import kz.dvp.platform.security.Role;
import kz.dvp.platform.sql.Transactions;
import kz.dvp.platform.time.Today;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Attendance at a project: a check-in (by the volunteer or a coordinator) opens it, the check-out records an
 * activity (method CHECK_IN) from check-in to check-out under the usual rules. A check-in left open longer
 * than the project's maximum hours per day expires instead.
 */
@ApplicationScoped
public class AttendanceDesk {

    private final Replicas replicas;
    private final ActivitySubmission submission;
    private final Today today;

    public AttendanceDesk(Replicas replicas, ActivitySubmission submission, Today today) {
        this.replicas = replicas;
        this.submission = submission;
        this.today = today;
    }

    public Uni<Attendance> checkIn(UUID projectId, UUID volunteerId, Caller caller) {
        caller.requireAny(Role.VOLUNTEER, Role.ORG_COORDINATOR);
        Instant now = today.now();
        return Transactions.withGenericPlans(() -> project(projectId, volunteerId, caller).chain(project ->
                open(projectId, volunteerId).chain(existing -> {
                    if (existing != null && !expired(existing, project, now)) {
                        throw new ProblemException(Status.CONFLICT, "already-checked-in",
                                "The volunteer is already checked in at this project");
                    }
                    Uni<Void> closeStale = existing == null ? Uni.createFrom().voidItem() : close(existing, "EXPIRED", null, now);
                    Attendance a = new Attendance();
                    a.id = UUID.randomUUID();
                    a.projectId = projectId;
                    a.volunteerId = volunteerId;
                    a.checkedInAt = now;
                    a.checkedInBy = caller.subject();
                    return closeStale.chain(() -> Panache.getSession().chain(s -> s.persist(a)).replaceWith(a));
                })));
    }

    public Uni<Activity> checkOut(UUID projectId, UUID volunteerId, String description, Caller caller) {
        caller.requireAny(Role.VOLUNTEER, Role.ORG_COORDINATOR);
        Instant now = today.now();
        // The transaction commits an expiry before the 409 is answered, so the outcome is decided inside, thrown after.
        return Transactions.withGenericPlans(() -> project(projectId, volunteerId, caller).chain(project ->
                open(projectId, volunteerId).chain(attendance -> {
                    if (attendance == null) {
                        return Uni.createFrom().item(CheckOut.refused(new ProblemException(Status.CONFLICT,
                                "not-checked-in", "There is no open check-in to close")));
                    }
                    if (expired(attendance, project, now)) {
                        return close(attendance, "EXPIRED", null, now).replaceWith(CheckOut.refused(
                                new ProblemException(Status.CONFLICT, "check-in-expired", "The check-in is older than the "
                                        + "project's " + project.maxHoursPerDay + " h per day and has expired")));
                    }
                    SubmitActivityRequest request = new SubmitActivityRequest(volunteerId, projectId,
                            attendance.checkedInAt, now, description == null ? "Attendance" : description, null,
                            ActivityMethod.CHECK_IN, null);
                    return submission.record(List.of(new ActivitySubmission.Submitted(request, caller))).chain(outcomes -> {
                        ActivitySubmission.Outcome outcome = outcomes.get(0);
                        if (outcome.problem() != null) {
                            return Uni.createFrom().item(CheckOut.refused(outcome.problem()));
                        }
                        return close(attendance, "CHECKED_OUT", outcome.activity().id, now)
                                .replaceWith(new CheckOut(outcome.activity(), null));
                    });
                }))).map(result -> {
                    if (result.problem() != null) {
                        throw result.problem();
                    }
                    return result.activity();
                });
    }

    private record CheckOut(Activity activity, ProblemException problem) {

        static CheckOut refused(ProblemException problem) {
            return new CheckOut(null, problem);
        }
    }

    private Uni<ProjectReplica> project(UUID projectId, UUID volunteerId, Caller caller) {
        return replicas.projects(List.of(projectId)).map(found -> {
            ProjectReplica project = found.get(projectId);
            if (project == null) {
                throw ProblemException.retryLater("project-not-yet-known", "This project is not known here yet",
                        ActivitySubmission.RETRY_AFTER);
            }
            if (!caller.isVolunteer(volunteerId) && !caller.coordinates(project.organizationId)) {
                throw new ProblemException(Status.FORBIDDEN, "forbidden",
                        "The volunteer or a coordinator of the project's organization records attendance");
            }
            return project;
        });
    }

    private static Uni<Attendance> open(UUID projectId, UUID volunteerId) {
        return Panache.getSession().chain(s -> s.createQuery(
                        "from Attendance where projectId = :p and volunteerId = :v and closedAt is null", Attendance.class)
                .setParameter("p", projectId).setParameter("v", volunteerId).getSingleResultOrNull());
    }

    private static boolean expired(Attendance a, ProjectReplica project, Instant now) {
        return Duration.between(a.checkedInAt, now).compareTo(Duration.ofHours(project.maxHoursPerDay)) > 0;
    }

    private static Uni<Void> close(Attendance a, String outcome, UUID activityId, Instant now) {
        return Panache.getSession().chain(s -> s.merge(a).invoke(managed -> {
            managed.closedAt = now;
            managed.outcome = outcome;
            managed.activityId = activityId;
        })).replaceWithVoid();
    }
}
