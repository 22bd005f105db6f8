package kz.dvp.activity.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;
import kz.dvp.activity.domain.Activity;
import kz.dvp.activity.domain.ActivityTransition;
import kz.dvp.activity.repository.ActivityRepository;
import kz.dvp.platform.problem.ProblemException;
import kz.dvp.platform.rest.Page;
import kz.dvp.platform.security.Caller;
import kz.dvp.platform.security.Role;

import java.util.List;
import java.util.UUID;

/**
 * Reading activities: a volunteer sees their own, a coordinator their organization's, an operator their
 * region's, a national admin all. Outside that, an activity does not exist (404).
 */
@ApplicationScoped
public class ActivityQueries {

    private final ActivityRepository activities;

    public ActivityQueries(ActivityRepository activities) {
        this.activities = activities;
    }

    public Uni<Activity> get(UUID id, Caller caller) {
        caller.requireAny(Role.VOLUNTEER, Role.ORG_COORDINATOR, Role.REGIONAL_OPERATOR, Role.NATIONAL_ADMIN);
        return activities.findById(id).map(a -> {
            if (a == null || !visible(a, caller)) {
                throw new ProblemException(Status.NOT_FOUND, "activity-not-found", "No such activity");
            }
            return a;
        });
    }

    public Uni<List<ActivityTransition>> history(UUID id, Caller caller) {
        return get(id, caller).chain(a -> Panache.getSession().chain(session -> session
                .createQuery("from ActivityTransition where activityId = :id order by at", ActivityTransition.class)
                .setParameter("id", a.id).getResultList()));
    }

    public Uni<Page<Activity>> search(ActivityRepository.Filter filter, int page, int size, Caller caller) {
        caller.requireAny(Role.VOLUNTEER, Role.ORG_COORDINATOR, Role.REGIONAL_OPERATOR, Role.NATIONAL_ADMIN);
        ActivityRepository.Filter scoped = filter;
        if (caller.is(Role.VOLUNTEER)) {
            scoped = narrow(filter, caller.volunteer().orElseThrow(), filter.organizationId(), filter.region());
        } else if (caller.is(Role.ORG_COORDINATOR)) {
            scoped = narrow(filter, filter.volunteerId(), caller.organization().orElseThrow(), filter.region());
        } else if (!caller.is(Role.NATIONAL_ADMIN)) {
            scoped = narrow(filter, filter.volunteerId(), filter.organizationId(), caller.region().orElseThrow());
        }
        if (!scoped.equals(filter) && !matchesOrUnset(filter, scoped)) {
            throw new ProblemException(Status.FORBIDDEN, "scope-forbidden", "Outside what your role may list");
        }
        return activities.search(scoped, page, size);
    }

    private static boolean visible(Activity a, Caller caller) {
        return caller.is(Role.NATIONAL_ADMIN) || caller.isVolunteer(a.volunteerId) || caller.coordinates(a.organizationId)
                || caller.is(Role.REGIONAL_OPERATOR) && caller.governs(a.region);
    }

    private static ActivityRepository.Filter narrow(ActivityRepository.Filter f, UUID volunteer, UUID organization,
                                                    String region) {
        return new ActivityRepository.Filter(volunteer, organization, f.projectId(), f.status(), region, f.from(), f.to());
    }

    /** A filter the caller set must agree with the scope forced on it. */
    private static boolean matchesOrUnset(ActivityRepository.Filter asked, ActivityRepository.Filter scoped) {
        return (asked.volunteerId() == null || asked.volunteerId().equals(scoped.volunteerId()))
                && (asked.organizationId() == null || asked.organizationId().equals(scoped.organizationId()))
                && (asked.region() == null || asked.region().equals(scoped.region()));
    }
}
