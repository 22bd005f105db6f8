package kz.dvp.passport.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.dvp.passport.credential.IssuerKeys;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The credential issuer's public keys, as a JWKS and as a did:web document. */
@Path("/.well-known")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public verification")
public class WellKnownResource {

    private final IssuerKeys keys;

    public WellKnownResource(IssuerKeys keys) {
        this.keys = keys;
    }

    @GET
    @Path("/jwks.json")
    @Operation(summary = "Public keys that sign passport credentials (JWKS, ES256), current and earlier ones")
    public Map<String, Object> jwks() {
        return keys.publicKeys().toJSONObject(true);
    }

    @GET
    @Path("/did.json")
    @Operation(summary = "The issuer's did:web document, naming the same keys as verification methods")
    public Map<String, Object> did() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", List.of("https://www.w3.org/ns/did/v1", "https://w3id.org/security/suites/jws-2020/v1"));
        document.put("id", keys.did());
        List<Map<String, Object>> methods = keys.publicKeys().getKeys().stream().map(key -> {
            Map<String, Object> method = new LinkedHashMap<>();
            method.put("id", keys.did() + "#" + key.getKeyID());
            method.put("type", "JsonWebKey2020");
            method.put("controller", keys.did());
            method.put("publicKeyJwk", key.toJSONObject());
            return method;
        }).toList();
        document.put("verificationMethod", methods);
        List<String> ids = methods.stream().map(m -> (String) m.get("id")).toList();
        document.put("assertionMethod", ids);
        document.put("authentication", ids);
        return document;
    }
}
