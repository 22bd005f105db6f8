package kz.dvp.org.rest;

import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.dvp.events.OrganizationKind;
import kz.dvp.events.OrganizationStatus;
import kz.dvp.org.domain.OrganizationDecision;
import kz.dvp.org.rest.dto.DecisionRequest;
import kz.dvp.org.rest.dto.DecisionView;
import kz.dvp.org.rest.dto.OrganizationView;
import kz.dvp.org.rest.dto.ProjectView;
import kz.dvp.org.rest.dto.PublishProjectRequest;
import kz.dvp.org.rest.dto.RegisterOrganizationRequest;
import kz.dvp.org.rest.dto.SuspensionRequest;
import kz.dvp.org.service.OrganizationDecisions;
import kz.dvp.org.service.OrganizationRegistry;
import kz.dvp.org.service.ProjectCatalog;
import kz.dvp.platform.idempotency.IdempotentRequests;
import kz.dvp.platform.rest.Page;
import kz.dvp.platform.rest.Patterns;
import kz.dvp.platform.security.Callers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations")
public class OrganizationResource {

    private final OrganizationRegistry registry;
    private final OrganizationDecisions decisions;
    private final ProjectCatalog projects;
    private final IdempotentRequests idempotency;
    private final Callers callers;

    public OrganizationResource(OrganizationRegistry registry, OrganizationDecisions decisions, ProjectCatalog projects,
                                IdempotentRequests idempotency, Callers callers) {
        this.registry = registry;
        this.decisions = decisions;
        this.projects = projects;
        this.idempotency = idempotency;
        this.callers = callers;
    }

    @POST
    @Operation(summary = "Register an organization", description = "Public, or by a regional operator (their region) or "
            + "a national admin. Starts PENDING_VERIFICATION. One organization per BIN (409 organization-exists).")
    public Uni<Response> register(@NotNull @Valid RegisterOrganizationRequest request,
                                  @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return callers.current().chain(caller -> idempotency.once(idempotencyKey,
                caller.isAnonymous() ? "anonymous" : caller.subject(), request,
                () -> registry.register(request, caller).map(o -> Response
                        .created(URI.create("/api/v1/organizations/" + o.id))
                        .entity(OrganizationView.of(o, true)).build())));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An organization", description = "Public facts for everyone; contact e-mail and phone only for "
            + "operators of its region, national admins and its coordinators.")
    public Uni<OrganizationView> get(@PathParam("id") UUID id) {
        return callers.current().chain(caller -> registry.get(id)
                .map(o -> OrganizationView.of(o, OrganizationRegistry.mayReadContacts(o, caller))));
    }

    @GET
    @Operation(summary = "Search organizations by region, status, kind and name (paged)",
            description = "Verified organizations for everyone; every status for operators and national admins.")
    public Uni<Response> search(@QueryParam("region") @Pattern(regexp = Patterns.REGION) String region,
                                @QueryParam("status") OrganizationStatus status,
                                @QueryParam("kind") OrganizationKind kind,
                                @QueryParam("name") @Size(min = 1, max = 100) String name,
                                @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                                @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return callers.current().chain(caller -> registry.search(region, status, kind, name, page, size, caller)
                .map(found -> Response.ok(found.map(o -> OrganizationView.of(o, OrganizationRegistry.mayReadContacts(o, caller))))
                        .header(Page.TOTAL_COUNT, found.total()).build()));
    }

    @POST
    @Path("/{id}/verification")
    @Operation(summary = "Verify or reject a pending organization", description = "Regional operator of its region or "
            + "national admin; a rejection needs a reason.")
    public Uni<OrganizationView> verify(@PathParam("id") UUID id, @NotNull @Valid DecisionRequest request) {
        OrganizationDecision.Kind kind = request.decision() == DecisionRequest.Decision.VERIFIED
                ? OrganizationDecision.Kind.VERIFIED : OrganizationDecision.Kind.REJECTED;
        return callers.current().chain(caller -> decisions.decide(id, kind, request.reason(), caller))
                .map(o -> OrganizationView.of(o, true));
    }

    @POST
    @Path("/{id}/suspension")
    @Operation(summary = "Suspend a verified organization or reinstate a suspended one, with a reason",
            description = "While suspended it cannot publish projects or have hours verified.")
    public Uni<OrganizationView> suspend(@PathParam("id") UUID id, @NotNull @Valid SuspensionRequest request) {
        OrganizationDecision.Kind kind = request.action() == SuspensionRequest.Action.SUSPEND
                ? OrganizationDecision.Kind.SUSPENDED : OrganizationDecision.Kind.REINSTATED;
        return callers.current().chain(caller -> decisions.decide(id, kind, request.reason(), caller))
                .map(o -> OrganizationView.of(o, true));
    }

    @GET
    @Path("/{id}/decisions")
    @Operation(summary = "Every decision on the organization: who, when, why")
    public Uni<List<DecisionView>> history(@PathParam("id") UUID id) {
        return callers.current().chain(caller -> decisions.history(id, caller))
                .map(list -> list.stream().map(DecisionView::of).toList());
    }

    @POST
    @Path("/{id}/projects")
    @Operation(summary = "Publish a project", description = "A coordinator of this (verified) organization. EMERGENCY "
            + "projects never allow minors.")
    public Uni<Response> publish(@PathParam("id") UUID id, @NotNull @Valid PublishProjectRequest request,
                                 @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return callers.current().chain(caller -> idempotency.once(idempotencyKey, String.valueOf(caller.subject()),
                request, () -> projects.publish(id, request, caller).map(p -> Response
                        .created(URI.create("/api/v1/projects/" + p.id)).entity(ProjectView.of(p)).build())));
    }
}
