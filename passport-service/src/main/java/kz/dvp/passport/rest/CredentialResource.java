package kz.dvp.passport.rest;

import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.dvp.passport.credential.CredentialVerification;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Checking a passport credential, for anyone it is shown to (universities, employers); no token needed. */
@Path("/api/v1/credentials/verifications")
@Tag(name = "Public verification")
@RateLimited
public class CredentialResource {

    private final CredentialVerification verification;

    public CredentialResource(CredentialVerification verification) {
        this.verification = verification;
    }

    /** A credential to check: the VC-JWT as issued. */
    public record VerificationRequest(
            @NotBlank @Size(max = 20_000) @Schema(description = "The compact VC-JWT") String credential) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify a passport credential (public)", description = "Answers VALID, INVALID_SIGNATURE "
            + "(not signed by any of this issuer's published keys), REVOKED (the volunteer was suspended or their "
            + "verified hours dropped below what it claims) or EXPIRED, with what the credential says of its holder. "
            + "Rate-limited per client address.")
    @APIResponse(responseCode = "200", description = "The verdict")
    @APIResponse(responseCode = "422", description = "Not a compact JWS (credential-malformed)")
    public Uni<CredentialVerification.Result> verify(@NotNull @Valid VerificationRequest request) {
        return verification.verify(request.credential());
    }
}
