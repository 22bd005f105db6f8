package kz.dvp.identity.rest;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.dvp.identity.service.KeyRotation;
import kz.dvp.platform.security.Callers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

@Path("/api/v1/admin/key-rotation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class KeyRotationResource {

    private final KeyRotation rotation;
    private final Callers callers;

    public KeyRotationResource(KeyRotation rotation, Callers callers) {
        this.rotation = rotation;
        this.callers = callers;
    }

    @POST
    @Operation(summary = "Re-encrypt personal data still sealed with an older key version",
            description = "National admin. Run after configuring a new dvp.identity.crypto.keys.N and making it "
                    + "dvp.identity.crypto.current-version; afterwards the old key can be removed.")
    public Uni<Map<String, Long>> rotate() {
        return callers.current().chain(rotation::reEncryptAll).map(count -> Map.of("reEncrypted", count));
    }
}
