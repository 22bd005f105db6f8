package kz.dvp.passport.rest;

import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.dvp.passport.service.Statistics;
import kz.dvp.platform.security.Callers;
import kz.dvp.platform.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

import java.time.Duration;
import java.util.List;

@Path("/api/v1/stats")
@Tag(name = "Statistics")
public class StatisticsResource {

    private static final Duration STREAM_PERIOD = Duration.ofSeconds(1);

    private final Statistics statistics;
    private final Callers callers;

    public StatisticsResource(Statistics statistics, Callers callers) {
        this.statistics = statistics;
        this.callers = callers;
    }

    @GET
    @Path("/national")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "National figures", description = "Analysts, regional operators, national admins.")
    public Uni<Statistics.Figures> national() {
        return callers.current().chain(caller -> statistics.national(caller));
    }

    @GET
    @Path("/regions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The same figures for each of the 20 regions")
    public Uni<List<Statistics.RegionFigures>> regions() {
        return callers.current().chain(statistics::regions);
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    // The role is checked before the stream starts: once an event stream is open, an error can no longer be answered.
    @RolesAllowed({Role.ANALYST_ROLE, Role.OPERATOR, Role.ADMIN})
    @Operation(summary = "Server-Sent Events: the national figures, pushed when they change, at most once a second")
    public Multi<Statistics.Figures> stream() {
        return Multi.createFrom().ticks().every(STREAM_PERIOD)
                .onOverflow().drop()
                .onItem().transformToUniAndConcatenate(tick -> statistics.national())
                .skip().repetitions();
    }
}
