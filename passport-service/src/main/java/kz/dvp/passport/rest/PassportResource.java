package kz.dvp.passport.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.dvp.passport.service.PassportConfig;
import kz.dvp.passport.service.PassportReader;
import kz.dvp.platform.rest.Page;
import kz.dvp.platform.security.Callers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/passports/{volunteerId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Passports")
public class PassportResource {

    private final PassportReader reader;
    private final PassportConfig config;
    private final ObjectMapper json;
    private final Callers callers;

    public PassportResource(PassportReader reader, PassportConfig config, ObjectMapper json, Callers callers) {
        this.reader = reader;
        this.config = config;
        this.json = json;
        this.callers = callers;
    }

    @GET
    @Operation(summary = "A volunteer's passport", description = "The volunteer, an operator of their region, a national "
            + "admin, or a partner with scope passport.read when the volunteer shares with partners. Otherwise 404.")
    public Uni<PassportView> get(@PathParam("volunteerId") UUID volunteerId) {
        return callers.current().chain(caller -> reader.get(volunteerId, caller))
                .map(p -> PassportView.of(p, config.levels(), json));
    }

    @GET
    @Path("/activities")
    @Operation(summary = "The verified timeline, newest first, with organization and project names (paged)")
    public Uni<Response> activities(@PathParam("volunteerId") UUID volunteerId,
                                    @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                                    @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return callers.current().chain(caller -> reader.timeline(volunteerId, page, size, caller))
                .map(found -> Response.ok(found).header(Page.TOTAL_COUNT, found.total()).build());
    }
}
