package kz.dvp.identity.rest;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import kz.dvp.identity.security.TokenIssuer;
import kz.dvp.identity.service.TokenGrants;
import kz.dvp.platform.security.Claims;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** OAuth 2.0 token endpoint (RFC 6749) and the documents that let any service verify the tokens. */
@Path("/")
@Tag(name = "Tokens")
public class TokenResource {

    private final TokenGrants grants;
    private final TokenIssuer issuer;

    public TokenResource(TokenGrants grants, TokenIssuer issuer) {
        this.grants = grants;
        this.issuer = issuer;
    }

    @POST
    @Path("oauth2/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Get an access token", description = "grant_type=password (username or IIN, password) or "
            + "grant_type=client_credentials (client_id and client_secret in the form or HTTP Basic). Errors per "
            + "RFC 6749 section 5.2. Repeated failed logins are slowed, then locked for a while.")
    public Uni<Response> token(@FormParam("grant_type") String grantType, @FormParam("username") String username,
                               @FormParam("password") String password, @FormParam("client_id") String clientId,
                               @FormParam("client_secret") String clientSecret, @FormParam("scope") String scope,
                               @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Uni<TokenIssuer.IssuedToken> issued;
        if ("password".equals(grantType)) {
            issued = grants.password(username, password);
        } else if ("client_credentials".equals(grantType)) {
            String[] basic = basic(authorization);
            issued = basic != null ? grants.clientCredentials(basic[0], basic[1], scope)
                    : grants.clientCredentials(clientId, clientSecret, scope);
        } else {
            issued = Uni.createFrom().failure(new TokenGrants.OAuthError(grantType == null ? "invalid_request"
                    : "unsupported_grant_type", "grant_type must be password or client_credentials", 400));
        }
        return issued.map(TokenResource::success)
                .onFailure(TokenGrants.OAuthError.class).recoverWithItem(e -> error((TokenGrants.OAuthError) e));
    }

    @GET
    @Path(".well-known/jwks.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The keys that verify access tokens (JWK Set)")
    public Map<String, Object> jwks() {
        return issuer.jwks();
    }

    @GET
    @Path(".well-known/openid-configuration")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "OpenID Provider metadata, so that services verify tokens by configuration")
    public Map<String, Object> discovery(@Context UriInfo uri) {
        String base = uri.getBaseUri().toString().replaceAll("/$", "");
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("issuer", Claims.ISSUER);
        metadata.put("token_endpoint", base + "/oauth2/token");
        metadata.put("jwks_uri", base + "/.well-known/jwks.json");
        metadata.put("grant_types_supported", List.of("password", "client_credentials"));
        metadata.put("token_endpoint_auth_methods_supported", List.of("client_secret_post", "client_secret_basic"));
        metadata.put("response_types_supported", List.of("token"));
        metadata.put("subject_types_supported", List.of("public"));
        metadata.put("id_token_signing_alg_values_supported", List.of("RS256"));
        metadata.put("claims_supported", List.of("sub", "groups", Claims.REGION, Claims.ORGANIZATION, Claims.VOLUNTEER,
                Claims.SCOPE));
        return metadata;
    }

    private static Response success(TokenIssuer.IssuedToken token) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", token.accessToken());
        body.put("token_type", "Bearer");
        body.put("expires_in", token.expiresIn());
        if (!token.scope().isEmpty()) {
            body.put("scope", token.scope());
        }
        return Response.ok(body, MediaType.APPLICATION_JSON).header("Cache-Control", "no-store").build();
    }

    private static Response error(TokenGrants.OAuthError e) {
        Response.ResponseBuilder response = Response.status(e.status()).type(MediaType.APPLICATION_JSON)
                .header("Cache-Control", "no-store")
                .entity(Map.of("error", e.error(), "error_description", e.getMessage()));
        if (e.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"dvp\"");
        }
        return response.build();
    }

    private static String[] basic(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
