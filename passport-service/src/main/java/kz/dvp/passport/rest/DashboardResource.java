package kz.dvp.passport.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.Map;

/** The national dashboard's page lives in META-INF/resources/dashboard; this tells it where the other services are. */
@Path("/dashboard")
@Tag(name = "Dashboard")
public class DashboardResource {

    private final String identityUrl;
    private final String orgUrl;

    public DashboardResource(@ConfigProperty(name = "dvp.dashboard.identity-url") String identityUrl,
                             @ConfigProperty(name = "dvp.dashboard.org-url") String orgUrl) {
        this.identityUrl = identityUrl;
        this.orgUrl = orgUrl;
    }

    @GET
    @Operation(summary = "The national dashboard (HTML page)")
    public Response page() {
        return Response.seeOther(URI.create("/dashboard/")).build();
    }

    @GET
    @Path("/config.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Where the dashboard's browser finds identity-service (login) and org-service (programmes)")
    public Map<String, String> config() {
        return Map.of("identityUrl", identityUrl, "orgUrl", orgUrl);
    }
}
