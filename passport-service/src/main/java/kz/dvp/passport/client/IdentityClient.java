package kz.dvp.passport.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/**
 * identity-service, called with the caller's own token (the Authorization header is relayed), so that
 * passport-service stores no personal data and identity's rules decide who may see it. Only used when a
 * credential or document is issued; the event path never calls it.
 */
@RegisterRestClient(configKey = "identity")
@RegisterClientHeaders
@Path("/api/v1/volunteers/{id}")
public interface IdentityClient {

    @GET
    Uni<Holder> volunteer(@PathParam("id") UUID volunteerId);

    @GET
    @Path("/identity-hash")
    Uni<IdentityHash> identityHash(@PathParam("id") UUID volunteerId);

    /** The parts of identity's volunteer record a document shows; the rest is not read. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Holder(String firstName, String lastName, String middleName) {

        public String fullName() {
            return lastName + " " + firstName + (middleName == null || middleName.isBlank() ? "" : " " + middleName);
        }

        /** First letters of the first and last name, e.g. "А. С.": all a public page shows of the holder. */
        public String initials() {
            return initial(firstName) + " " + initial(lastName);
        }

        private static String initial(String name) {
            return name == null || name.isBlank() ? "" : name.strip().substring(0, 1).toUpperCase() + ".";
        }
    }

    /** Open Badges 3.0 IdentityObject parts: 'sha256$' + hex(SHA-256(IIN + salt)), and the salt. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record IdentityHash(String identityHash, String salt) {
    }
}
