package kz.dvp.identity.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.dvp.events.Region;
import kz.dvp.identity.rest.dto.RegionView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;

@Path("/api/v1/regions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regions")
public class RegionResource {

    @GET
    @Operation(summary = "The 20 regions (17 oblasts, Astana, Almaty, Shymkent) with ISO 3166-2 codes and names in kk, ru, en")
    public List<RegionView> regions() {
        return Arrays.stream(Region.values()).map(RegionView::of).toList();
    }
}
