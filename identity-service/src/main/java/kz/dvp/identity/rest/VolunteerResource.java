package kz.dvp.identity.rest;

import kz.dvp.platform.rest.Patterns;
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
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.dvp.events.VolunteerStatus;
import kz.dvp.identity.domain.Volunteer;
import kz.dvp.identity.rest.dto.IdentityHashView;
import kz.dvp.identity.rest.dto.RegisterVolunteerRequest;
import kz.dvp.identity.rest.dto.StatusChangeRequest;
import kz.dvp.identity.rest.dto.StatusChangeView;
import kz.dvp.identity.rest.dto.UpdateVolunteerRequest;
import kz.dvp.identity.rest.dto.VolunteerView;
import kz.dvp.identity.service.VolunteerRecords;
import kz.dvp.identity.service.VolunteerRegistration;
import kz.dvp.platform.idempotency.IdempotentRequests;
import kz.dvp.platform.rest.Page;
import kz.dvp.platform.security.Callers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/volunteers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Volunteers")
public class VolunteerResource {

    private final VolunteerRegistration registration;
    private final VolunteerRecords records;
    private final IdempotentRequests idempotency;
    private final Callers callers;

    public VolunteerResource(VolunteerRegistration registration, VolunteerRecords records,
                             IdempotentRequests idempotency, Callers callers) {
        this.registration = registration;
        this.records = records;
        this.idempotency = idempotency;
        this.callers = callers;
    }

    @POST
    @Operation(summary = "Register a volunteer", description = "By a regional operator in their region, a national admin, "
            + "or the volunteer (self-registration with a password, without a token). Under 18 a guardian with consent "
            + "is required. One volunteer per IIN (409 volunteer-exists).")
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "409", description = "Already registered (code volunteer-exists)")
    @APIResponse(responseCode = "422", description = "A rule failed: iin-format, iin-century-digit, iin-birth-date, "
            + "iin-checksum, guardian-required, guardian-required-under-14, guardian-consent-required, consent-required, ...")
    public Uni<Response> register(@NotNull @Valid RegisterVolunteerRequest request,
                                  @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = "Retries with the same key return the first answer") String idempotencyKey) {
        return callers.current().chain(caller -> idempotency.once(idempotencyKey,
                caller.isAnonymous() ? "anonymous" : caller.subject(), request,
                () -> registration.register(request, caller).map(v -> Response
                        .created(URI.create("/api/v1/volunteers/" + v.id))
                        .entity(view(v)).build())));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A volunteer", description = "National admin; regional operator of the volunteer's region; "
            + "the volunteer. Anyone else gets 404.")
    public Uni<VolunteerView> get(@PathParam("id") UUID id) {
        return callers.current().chain(caller -> records.get(id, caller)).map(this::view);
    }

    @GET
    @Operation(summary = "Find by IIN, or search by region, status and name",
            description = "With iin: the one volunteer (operators, in their region). Otherwise a page, sorted by name; "
                    + "a regional operator sees only their region.")
    public Uni<Response> find(
            @QueryParam("iin") @Parameter(description = "Exact IIN lookup") String iin,
            @QueryParam("region") @Pattern(regexp = Patterns.REGION) String region,
            @QueryParam("status") VolunteerStatus status,
            @QueryParam("name") @Size(min = 1, max = 100) @Parameter(description = "Start of the last or first name") String name,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        if (iin != null) {
            return callers.current().chain(caller -> records.findByIin(iin, caller))
                    .map(v -> Response.ok(new Page<>(List.of(view(v)), 0, 1, 1)).header(Page.TOTAL_COUNT, 1).build());
        }
        return callers.current().chain(caller -> records.search(region, status, name, page, size, caller))
                .map(found -> Response.ok(found.map(this::view)).header(Page.TOTAL_COUNT, found.total()).build());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Change a volunteer's profile", description = "Merge patch: absent fields stay. Region moves, "
            + "contacts, skills, languages, partner sharing, guardian. IIN, birth date and sex never change.")
    public Uni<VolunteerView> update(@PathParam("id") UUID id, @NotNull @Valid UpdateVolunteerRequest change) {
        return callers.current().chain(caller -> records.update(id, change, caller)).map(this::view);
    }

    @POST
    @Path("/{id}/status")
    @Operation(summary = "Change a volunteer's status (ACTIVE, SUSPENDED, DECEASED, ARCHIVED) with a reason",
            description = "Regional operator of the volunteer's region or national admin. DECEASED is final.")
    public Uni<VolunteerView> changeStatus(@PathParam("id") UUID id, @NotNull @Valid StatusChangeRequest change) {
        return callers.current().chain(caller -> records.changeStatus(id, change.status(), change.reason(), caller))
                .map(this::view);
    }

    @GET
    @Path("/{id}/identity-hash")
    @Operation(summary = "A salted SHA-256 hash of the volunteer's IIN, for a credential",
            description = "Open Badges 3.0 IdentityObject: identityHash = 'sha256$' + hex(SHA-256(IIN + salt)), with a "
                    + "fresh random salt each call, so that whoever is shown the IIN can check it against a credential "
                    + "while the credential itself never holds the IIN. Same rights as reading the volunteer.")
    public Uni<IdentityHashView> identityHash(@PathParam("id") UUID id) {
        return callers.current().chain(caller -> records.get(id, caller)).map(records::identityHash);
    }

    @GET
    @Path("/{id}/status-history")
    @Operation(summary = "Every status decision on a volunteer: who, when, why")
    public Uni<List<StatusChangeView>> statusHistory(@PathParam("id") UUID id) {
        return callers.current().chain(caller -> records.statusHistory(id, caller))
                .map(changes -> changes.stream().map(StatusChangeView::of).toList());
    }

    private VolunteerView view(Volunteer v) {
        return VolunteerView.of(v, records.maskedIin(v));
    }
}
