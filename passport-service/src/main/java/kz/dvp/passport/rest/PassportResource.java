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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import kz.dvp.passport.credential.CredentialIssuance;
import kz.dvp.passport.credential.VcJwt;
import kz.dvp.passport.document.Language;
import kz.dvp.passport.document.PassportDocuments;
import kz.dvp.passport.service.PassportConfig;
import kz.dvp.passport.service.PassportReader;
import kz.dvp.platform.rest.Page;
import kz.dvp.platform.security.Callers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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

    private final CredentialIssuance credentials;
    private final PassportDocuments documents;

    public PassportResource(PassportReader reader, PassportConfig config, ObjectMapper json, Callers callers,
                            CredentialIssuance credentials, PassportDocuments documents) {
        this.reader = reader;
        this.config = config;
        this.json = json;
        this.callers = callers;
        this.credentials = credentials;
        this.documents = documents;
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

    @GET
    @Path("/credential")
    @Operation(summary = "The passport as a verifiable credential", description = "A W3C Verifiable Credential 2.0 of "
            + "type OpenBadgeCredential (Open Badges 3.0), secured as a VC-JWT (ES256) with a Bitstring Status List "
            + "entry: the level as achievement, verified hours as creditsEarned, programmes and badges as tags; the "
            + "holder named by passport number and a salted hash of the IIN. For the volunteer, an operator of their "
            + "region or a national admin; each call issues a new credential. 409 passport-not-active when the "
            + "volunteer is not ACTIVE. Ask for application/vc+jwt to get the bare JWT.")
    @APIResponse(responseCode = "200", description = "Issued")
    @APIResponse(responseCode = "409", description = "The volunteer is not active (passport-not-active)")
    public Uni<CredentialIssuance.Issued> credential(@PathParam("volunteerId") UUID volunteerId) {
        return callers.current().chain(caller -> credentials.issue(volunteerId, caller));
    }

    @GET
    @Path("/credential")
    @Produces(VcJwt.MEDIA_TYPE)
    @Operation(summary = "The same credential as a bare VC-JWT")
    public Uni<String> credentialJwt(@PathParam("volunteerId") UUID volunteerId) {
        return credential(volunteerId).map(CredentialIssuance.Issued::jwt);
    }

    @GET
    @Path("/document.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The printable passport (PDF) in kk, ru or en", description = "Holder, number, region, level, "
            + "figures, programmes, badges, the ten latest activities and a QR code of the public verification page. "
            + "Language from lang, else Accept-Language, else Kazakh. The volunteer, an operator of their region or a "
            + "national admin.")
    public Uni<Response> document(@PathParam("volunteerId") UUID volunteerId,
                                  @QueryParam("lang") @Parameter(description = "kk, ru or en") String lang,
                                  @Context HttpHeaders headers) {
        Language language = Language.choose(lang, headers.getAcceptableLanguages());
        return callers.current().chain(caller -> documents.pdf(volunteerId, language, caller))
                .map(pdf -> Response.ok(pdf, "application/pdf").header("Content-Language", language.code())
                        .header("Content-Disposition", "inline; filename=\"passport-" + language.code() + ".pdf\"")
                        .build());
    }
}
