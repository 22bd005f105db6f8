package kz.dvp.org.rest;

import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.dvp.events.Category;
import kz.dvp.org.rest.dto.ProgramView;
import kz.dvp.org.rest.dto.ProjectView;
import kz.dvp.org.service.Programs;
import kz.dvp.org.service.ProjectCatalog;
import kz.dvp.platform.rest.Page;
import kz.dvp.platform.rest.Patterns;
import kz.dvp.platform.security.Callers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Projects and programmes")
public class ProjectResource {

    private final ProjectCatalog projects;
    private final Programs programs;
    private final Callers callers;

    public ProjectResource(ProjectCatalog projects, Programs programs, Callers callers) {
        this.projects = projects;
        this.programs = programs;
        this.callers = callers;
    }

    @GET
    @Path("/projects")
    @Operation(summary = "Search projects by category, programme, region, organization and open/closed (paged)")
    public Uni<Response> search(@QueryParam("category") Category category,
                                @QueryParam("program") @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,63}$") String program,
                                @QueryParam("region") @Pattern(regexp = Patterns.REGION) String region,
                                @QueryParam("organizationId") UUID organization,
                                @QueryParam("open") Boolean open,
                                @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                                @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return projects.search(category, program, region, organization, open, page, size)
                .map(found -> Response.ok(found.map(ProjectView::of)).header(Page.TOTAL_COUNT, found.total()).build());
    }

    @GET
    @Path("/projects/{id}")
    @Operation(summary = "A project")
    public Uni<ProjectView> get(@PathParam("id") UUID id) {
        return projects.get(id).map(ProjectView::of);
    }

    @POST
    @Path("/projects/{id}/closure")
    @Operation(summary = "Close a project", description = "A coordinator of its organization or a national admin.")
    public Uni<ProjectView> close(@PathParam("id") UUID id) {
        return callers.current().chain(caller -> projects.close(id, caller)).map(ProjectView::of);
    }

    @GET
    @Path("/programs")
    @Operation(summary = "National programmes with names in kk, ru, en")
    public Uni<List<ProgramView>> programs() {
        return programs.all().map(list -> list.stream().map(ProgramView::of).toList());
    }

    @POST
    @Path("/programs")
    @Operation(summary = "Add a national programme", description = "National admin.")
    public Uni<Response> addProgram(@NotNull @Valid ProgramView request) {
        return callers.current().chain(caller -> programs.add(request, caller))
                .map(p -> Response.created(URI.create("/api/v1/programs/" + p.code)).entity(ProgramView.of(p)).build());
    }
}
