package kz.dvp.activity.rest;

import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import kz.dvp.activity.domain.Activity;
import kz.dvp.activity.repository.ActivityRepository;
import kz.dvp.activity.rest.dto.ActivityView;
import kz.dvp.activity.rest.dto.BatchRequest;
import kz.dvp.activity.rest.dto.BulkDecisionRequest;
import kz.dvp.activity.rest.dto.DecisionRequest;
import kz.dvp.activity.rest.dto.ItemResult;
import kz.dvp.activity.rest.dto.RevocationRequest;
import kz.dvp.activity.rest.dto.SubmitActivityRequest;
import kz.dvp.activity.service.ActivityQueries;
import kz.dvp.activity.service.ActivitySubmission;
import kz.dvp.activity.service.ActivityVerification;
import kz.dvp.events.ActivityStatus;
import kz.dvp.platform.idempotency.IdempotentRequests;
import kz.dvp.platform.rest.Page;
import kz.dvp.platform.rest.Patterns;
import kz.dvp.platform.security.Callers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/v1/activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Activities")
public class ActivityResource {

    private final ActivitySubmission submission;
    private final ActivityVerification verification;
    private final ActivityQueries queries;
    private final IdempotentRequests idempotency;
    private final Callers callers;

    public ActivityResource(ActivitySubmission submission, ActivityVerification verification, ActivityQueries queries,
                            IdempotentRequests idempotency, Callers callers) {
        this.submission = submission;
        this.verification = verification;
        this.queries = queries;
        this.idempotency = idempotency;
        this.callers = callers;
    }

    @POST
    @Operation(summary = "Record hours", description = "SELF_REPORT by the volunteer, COORDINATOR by a coordinator of the "
            + "project's organization. Each broken rule is a 422 with its own code; a volunteer or project not yet known "
            + "here is a 503 with Retry-After.")
    public Uni<Response> submit(@NotNull @Valid SubmitActivityRequest request,
                                @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        return callers.current().chain(caller -> {
            if (idempotencyKey == null || idempotencyKey.isBlank()) {
                return submission.submit(request, caller).map(ActivityResource::created);
            }
            // the key is stored in the creation's own transaction, so this one is not written with others
            return idempotency.once(idempotencyKey, String.valueOf(caller.subject()), request,
                    () -> submission.submitAlone(request, caller).map(ActivityResource::created));
        });
    }

    private static Response created(Activity activity) {
        return Response.created(URI.create("/api/v1/activities/" + activity.id)).entity(ActivityView.of(activity)).build();
    }

    @POST
    @Path("/batch")
    @Operation(summary = "Import up to 10 000 activities", description = "A coordinator. Each item is validated alone; "
            + "the answer lists, per item in order, the created id or the problem. Accepted items are written together.")
    public Uni<Map<String, Object>> batch(@NotNull @Valid BatchRequest request) {
        return callers.current().chain(caller -> submission.submitBatch(request.items(), caller)).map(ActivityResource::summary);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An activity")
    public Uni<ActivityView> get(@PathParam("id") UUID id) {
        return callers.current().chain(caller -> queries.get(id, caller)).map(ActivityView::of);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Every step of the activity's workflow: who, when, why")
    public Uni<List<Map<String, Object>>> history(@PathParam("id") UUID id) {
        return callers.current().chain(caller -> queries.history(id, caller)).map(list -> list.stream()
                .map(t -> Map.<String, Object>of("fromStatus", t.fromStatus == null ? "" : t.fromStatus.name(),
                        "toStatus", t.toStatus.name(), "reason", t.reason == null ? "" : t.reason,
                        "actor", t.actor, "at", t.at.toString()))
                .toList());
    }

    @GET
    @Operation(summary = "List activities (paged)", description = "By volunteer, organization, project, status, region and "
            + "date range. A volunteer sees their own, a coordinator their organization's, an operator their region's.")
    public Uni<Response> search(@QueryParam("volunteerId") UUID volunteerId,
                                @QueryParam("organizationId") UUID organizationId,
                                @QueryParam("projectId") UUID projectId,
                                @QueryParam("status") ActivityStatus status,
                                @QueryParam("region") @Pattern(regexp = Patterns.REGION) String region,
                                @QueryParam("from") Instant from,
                                @QueryParam("to") Instant to,
                                @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                                @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        var filter = new ActivityRepository.Filter(volunteerId, organizationId, projectId, status, region, from, to);
        return callers.current().chain(caller -> queries.search(filter, page, size, caller))
                .map(found -> Response.ok(found.map(ActivityView::of)).header(Page.TOTAL_COUNT, found.total()).build());
    }

    @POST
    @Path("/{id}/verification")
    @Operation(summary = "Verify or reject submitted hours", description = "A coordinator of the project's organization "
            + "or an operator of its region, never whoever submitted them; a rejection needs a reason.")
    public Uni<ActivityView> decide(@PathParam("id") UUID id, @NotNull @Valid DecisionRequest request) {
        return callers.current().chain(caller -> verification.decide(id, status(request.decision()), request.reason(), caller))
                .map(ActivityView::of);
    }

    @POST
    @Path("/verifications")
    @Operation(summary = "Verify or reject up to 1 000 activities at once", description = "One result per id, in order; "
            + "an id named twice is answered duplicate-id the second time.")
    public Uni<Map<String, Object>> bulk(@NotNull @Valid BulkDecisionRequest request) {
        return callers.current().chain(caller -> verification.bulk(request.ids(), status(request.decision()),
                request.reason(), caller)).map(ActivityResource::summary);
    }

    @POST
    @Path("/{id}/revocation")
    @Operation(summary = "Revoke verified hours (e.g. fraud)", description = "An operator of the organization's region or "
            + "a national admin, with a reason. The hours leave the passport.")
    public Uni<ActivityView> revoke(@PathParam("id") UUID id, @NotNull @Valid RevocationRequest request) {
        return callers.current().chain(caller -> verification.revoke(id, request.reason(), caller)).map(ActivityView::of);
    }

    private static ActivityStatus status(DecisionRequest.Decision decision) {
        return decision == DecisionRequest.Decision.VERIFIED ? ActivityStatus.VERIFIED : ActivityStatus.REJECTED;
    }

    private static Map<String, Object> summary(List<ItemResult> results) {
        long failed = results.stream().filter(r -> r.code() != null).count();
        return Map.of("accepted", results.size() - failed, "rejected", failed, "items", results);
    }
}
