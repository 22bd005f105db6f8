package kz.dvp.activity.rest;

import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.dvp.activity.rest.dto.ActivityView;
import kz.dvp.activity.rest.dto.AttendanceRequest;
import kz.dvp.activity.service.AttendanceDesk;
import kz.dvp.platform.security.Callers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

@Path("/api/v1/projects/{projectId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Attendance")
public class AttendanceResource {

    private final AttendanceDesk desk;
    private final Callers callers;

    public AttendanceResource(AttendanceDesk desk, Callers callers) {
        this.desk = desk;
        this.callers = callers;
    }

    @POST
    @Path("/check-ins")
    @Operation(summary = "Check a volunteer in at a project", description = "The volunteer or a coordinator of the "
            + "project's organization. Expires after the project's maximum hours per day.")
    public Uni<Response> checkIn(@PathParam("projectId") UUID projectId, @NotNull @Valid AttendanceRequest request) {
        return callers.current().chain(caller -> desk.checkIn(projectId, request.volunteerId(), caller))
                .map(a -> Response.status(Response.Status.CREATED).entity(Map.of("id", a.id, "projectId", a.projectId,
                        "volunteerId", a.volunteerId, "checkedInAt", a.checkedInAt.toString())).build());
    }

    @POST
    @Path("/check-outs")
    @Operation(summary = "Check a volunteer out: records the activity (method CHECK_IN) under the usual rules")
    public Uni<Response> checkOut(@PathParam("projectId") UUID projectId, @NotNull @Valid AttendanceRequest request) {
        return callers.current().chain(caller -> desk.checkOut(projectId, request.volunteerId(), request.description(), caller))
                .map(a -> Response.created(URI.create("/api/v1/activities/" + a.id)).entity(ActivityView.of(a)).build());
    }
}
