package kz.dvp.identity.security;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.config.JWTAuthContextInfoProvider;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;

/**
 * identity-service verifies the tokens it issues with its own key directly, instead of fetching its JWKS
 * over HTTP from itself like the other services do.
 */
public class OwnTokenVerification {

    @Produces
    @Alternative
    @Priority(1)
    @ApplicationScoped
    JWTAuthContextInfo contextInfo(JWTAuthContextInfoProvider configured, TokenIssuer issuer) {
        JWTAuthContextInfo info = new JWTAuthContextInfo(configured.getContextInfo());
        info.setPublicKeyLocation(null);
        info.setPublicKeyContent(null);
        info.setPublicVerificationKey(issuer.publicKey());
        return info;
    }
}
