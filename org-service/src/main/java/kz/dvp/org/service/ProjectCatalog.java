package kz.dvp.org.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;
import kz.dvp.events.Category;
import kz.dvp.events.OrganizationStatus;
import kz.dvp.events.ProjectClosed;
import kz.dvp.events.ProjectPublished;
import kz.dvp.events.Region;
import kz.dvp.org.domain.Project;
import kz.dvp.org.repository.OrganizationRepository;
import kz.dvp.org.repository.ProgramRepository;
import kz.dvp.org.repository.ProjectRepository;
import kz.dvp.org.rest.dto.PublishProjectRequest;
import kz.dvp.platform.outbox.Outbox;
import kz.dvp.platform.problem.ProblemException;
import kz.dvp.platform.rest.Page;
import kz.dvp.platform.security.Caller;
import kz.dvp.platform.security.Role;
import kz.dvp.platform.time.Today;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/** Projects: published by a coordinator of a verified organization, closed when done, listed for everyone. */
@ApplicationScoped
public class ProjectCatalog {

    private final ProjectRepository projects;
    private final OrganizationRepository organizations;
    private final ProgramRepository programs;
    private final Outbox outbox;
    private final Today today;

    public ProjectCatalog(ProjectRepository projects, OrganizationRepository organizations, ProgramRepository programs,
                          Outbox outbox, Today today) {
        this.projects = projects;
        this.organizations = organizations;
        this.programs = programs;
        this.outbox = outbox;
        this.today = today;
    }

    /** Projects before the national passport's history begins are not recorded. */
    static final LocalDate EARLIEST_START = LocalDate.of(2000, 1, 1);
    private static final Period MAX_LEAD = Period.ofYears(5);
    private static final Period MAX_LENGTH = Period.ofYears(10);

    public Uni<Project> publish(UUID organizationId, PublishProjectRequest request, Caller caller) {
        caller.requireAny(Role.ORG_COORDINATOR, Role.NATIONAL_ADMIN);
        if (!caller.is(Role.NATIONAL_ADMIN) && !caller.coordinates(organizationId)) {
            throw new ProblemException(Status.FORBIDDEN, "organization-forbidden",
                    "A coordinator publishes projects only for their own organization");
        }
        checkRules(request, today.date());
        return Panache.withTransaction(() -> organizations.findById(organizationId).chain(o -> {
            if (o == null) {
                throw new ProblemException(Status.NOT_FOUND, "organization-not-found", "No such organization");
            }
            if (o.status != OrganizationStatus.VERIFIED) {
                throw ProblemException.unprocessable("organization-not-verified",
                        "Only a verified organization publishes projects; this one is " + o.status);
            }
            return programExists(request.programCode());
        }).chain(() -> {
            Project p = newProject(organizationId, request, caller);
            return projects.persist(p).call(saved -> outbox.append(new ProjectPublished(saved.organizationId, saved.id,
                    saved.name, saved.category, saved.programCode, saved.regionList(), saved.startDate, saved.endDate,
                    saved.minorsAllowed, saved.maxHoursPerDay, saved.createdAt)));
        }));
    }

    public Uni<Project> close(UUID projectId, Caller caller) {
        caller.requireAny(Role.ORG_COORDINATOR, Role.NATIONAL_ADMIN);
        return Panache.withTransaction(() -> projects.findById(projectId).chain(p -> {
            if (p == null) {
                throw new ProblemException(Status.NOT_FOUND, "project-not-found", "No such project");
            }
            if (!caller.is(Role.NATIONAL_ADMIN) && !caller.coordinates(p.organizationId)) {
                throw new ProblemException(Status.FORBIDDEN, "organization-forbidden",
                        "A coordinator closes only their own organization's projects");
            }
            if (p.status == Project.Status.CLOSED) {
                throw new ProblemException(Status.CONFLICT, "project-closed", "The project is already closed");
            }
            p.status = Project.Status.CLOSED;
            p.closedAt = today.now();
            return outbox.append(new ProjectClosed(p.organizationId, p.id, p.closedAt)).replaceWith(p);
        }));
    }

    public Uni<Project> get(UUID id) {
        return projects.findById(id).map(p -> {
            if (p == null) {
                throw new ProblemException(Status.NOT_FOUND, "project-not-found", "No such project");
            }
            return p;
        });
    }

    public Uni<Page<Project>> search(Category category, String program, String region, UUID organization, Boolean open,
                                     int page, int size) {
        return projects.search(category, program, region, organization, open, page, size);
    }

    private static void checkRules(PublishProjectRequest r, LocalDate today) {
        for (String region : r.regions()) {
            if (Region.ofCode(region).isEmpty()) {
                throw ProblemException.unprocessable("region-unknown", region + " is not one of the 20 regions");
            }
        }
        if (r.endDate() != null && r.endDate().isBefore(r.startDate())) {
            throw ProblemException.unprocessable("project-dates", "endDate must not be before startDate");
        }
        // a date typed wrong (0026 for 2026, 9999 for "open") would otherwise stand in the passport for good
        if (r.startDate().isBefore(EARLIEST_START) || r.startDate().isAfter(today.plus(MAX_LEAD))) {
            throw ProblemException.unprocessable("project-dates", "startDate must be between " + EARLIEST_START
                    + " and " + MAX_LEAD.toTotalMonths() / 12 + " years from today");
        }
        if (r.endDate() != null && r.endDate().isAfter(r.startDate().plus(MAX_LENGTH))) {
            throw ProblemException.unprocessable("project-dates",
                    "A project runs at most " + MAX_LENGTH.toTotalMonths() / 12 + " years; publish a new one after that");
        }
        if (r.category() == Category.EMERGENCY && Boolean.TRUE.equals(r.minorsAllowed())) {
            throw ProblemException.unprocessable("emergency-minors",
                    "EMERGENCY projects never allow volunteers under 18");
        }
    }

    private Uni<Void> programExists(String code) {
        if (code == null) {
            return Uni.createFrom().voidItem();
        }
        return programs.findById(code).map(p -> {
            if (p == null) {
                throw ProblemException.unprocessable("program-unknown", "No national programme " + code);
            }
            return null;
        });
    }

    private Project newProject(UUID organizationId, PublishProjectRequest r, Caller caller) {
        Project p = new Project();
        p.id = UUID.randomUUID();
        p.organizationId = organizationId;
        p.name = r.name();
        p.description = r.description();
        p.category = r.category();
        p.programCode = r.programCode();
        p.regions = String.join(",", r.regions().stream().sorted().toList());
        p.startDate = r.startDate();
        p.endDate = r.endDate();
        p.minorsAllowed = r.minorsAllowed();
        p.maxHoursPerDay = r.maxHoursPerDay();
        p.status = Project.Status.OPEN;
        p.createdBy = caller.subject();
        p.createdAt = today.now();
        return p;
    }
}
