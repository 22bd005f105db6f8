package kz.dvp.passport.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.dvp.passport.service.PassportRebuild;
import kz.dvp.platform.security.Callers;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/passport-rebuilds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class AdminResource {

    private final PassportRebuild rebuild;
    private final Callers callers;

    public AdminResource(PassportRebuild rebuild, Callers callers) {
        this.rebuild = rebuild;
        this.callers = callers;
    }

    @POST
    @Operation(summary = "Rebuild every passport from the topics", description = "National admin. Replays the identity, "
            + "org and activity topics from the first offset into fresh tables and switches over when caught up. "
            + "Follow it at GET /api/v1/admin/passport-rebuilds/current.")
    public Uni<Response> start() {
        return callers.current().map(caller -> Response.accepted(rebuild.start(caller)).build());
    }

    @GET
    @Path("/current")
    @Operation(summary = "Progress of the rebuild: state, step, events applied of the total, events per second",
            description = "step is the one running (replay, indexes, figures, switch-over; after a failure, the one that "
                    + "failed); steps lists the finished ones with their seconds. The replay reaches 100 % before the "
                    + "figures are computed.")
    public Uni<PassportRebuild.Progress> current() {
        return callers.current().map(rebuild::progress);
    }
}
