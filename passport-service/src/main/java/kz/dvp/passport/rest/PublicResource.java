package kz.dvp.passport.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.dvp.passport.credential.StatusListPublication;
import kz.dvp.passport.credential.VcJwt;
import kz.dvp.passport.document.Labels;
import kz.dvp.passport.document.Language;
import kz.dvp.passport.service.PublicPassports;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;

/** What anyone may see without a token: a passport's public facts, and the credential status lists. Rate-limited. */
@Path("/public")
@Tag(name = "Public verification")
@RateLimited
public class PublicResource {

    private final PublicPassports passports;
    private final StatusListPublication statusLists;
    private final Template publicPassport;

    public PublicResource(PublicPassports passports, StatusListPublication statusLists,
                          @Location("publicPassport.html") Template publicPassport) {
        this.passports = passports;
        this.statusLists = statusLists;
        this.publicPassport = publicPassport;
    }

    /** A passport's public facts, with region and level named in kk, ru and en. */
    public record PublicPassportView(String passportNumber, boolean valid, String initials, String region,
                                     String regionNameKk, String regionNameRu, String regionNameEn, String level,
                                     String levelNameKk, String levelNameRu, String levelNameEn, BigDecimal totalHours,
                                     java.time.Instant updatedAt) {
    }

    @GET
    @Path("/passports/{passportNumber}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify a passport by its number (public)", description = "Valid or not, the holder's "
            + "initials, region, level, total verified hours, last update; nothing else personal. Case and dashes "
            + "in the number are forgiven. Rate-limited per client address (429 with Retry-After).")
    @APIResponse(responseCode = "404", description = "No such passport")
    @APIResponse(responseCode = "422", description = "Not a well-formed passport number (passport-number-invalid)")
    public Uni<PublicPassportView> passport(@PathParam("passportNumber") String number) {
        return passports.find(number).map(f -> new PublicPassportView(f.passportNumber(), f.valid(), f.initials(),
                f.region(), new Labels(Language.KK).region(f.region()), new Labels(Language.RU).region(f.region()),
                new Labels(Language.EN).region(f.region()), f.level() == null ? null : f.level().code(),
                f.level() == null ? null : f.level().nameKk(), f.level() == null ? null : f.level().nameRu(),
                f.level() == null ? null : f.level().nameEn(), f.totalHours(), f.updatedAt()));
    }

    @GET
    @Path("/passports/{passportNumber}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The same verification as a small page (where a printed passport's QR code leads)")
    public Uni<String> page(@PathParam("passportNumber") String number,
                                      @QueryParam("lang") @Parameter(description = "kk, ru or en") String lang,
                                      @Context HttpHeaders headers) {
        Labels labels = new Labels(Language.choose(lang, headers.getAcceptableLanguages()));
        return passports.find(number).map(f -> publicPassport.data("p", f).data("labels", labels.all())
                .data("lang", labels.language().code()).data("region", labels.region(f.region()))
                .data("level", labels.level(f.level()))).chain(TemplateInstance::createUni);
    }

    @GET
    @Path("/credentials/status/{list}")
    @Produces(VcJwt.MEDIA_TYPE)
    @Operation(summary = "A Bitstring Status List credential (W3C), signed as a VC-JWT",
            description = "Bit i set: the credential whose credentialStatus.statusListIndex is i is revoked. "
                    + "Changes within seconds of a revocation; cache for at most its ttl.")
    @APIResponse(responseCode = "404", description = "No such list")
    public Uni<Response> statusList(@PathParam("list") long list) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge((int) StatusListPublication.TTL.toSeconds());
        return statusLists.signedList(list).map(jwt -> Response.ok(jwt, VcJwt.MEDIA_TYPE).cacheControl(cache).build());
    }
}
