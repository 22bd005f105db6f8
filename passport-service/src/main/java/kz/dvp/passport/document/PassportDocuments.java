package kz.dvp.passport.document;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dvp.passport.client.IdentityClient;
import kz.dvp.passport.client.IdentityRelay;
import kz.dvp.passport.credential.CredentialConfig;
import kz.dvp.passport.credential.HolderInitials;
import kz.dvp.passport.domain.Passport;
import kz.dvp.passport.service.PassportConfig;
import kz.dvp.passport.service.PassportReader;
import kz.dvp.platform.security.Caller;
import kz.dvp.platform.security.Role;
import kz.dvp.platform.time.Today;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Prints a passport for the volunteer, an operator of their region or a national admin. The holder's name comes
 * from identity-service with the caller's token and is only put on the page; its initials are kept for the public
 * verification page.
 */
@ApplicationScoped
public class PassportDocuments {

    static final int RECENT_ACTIVITIES = 10;
    private static final TypeReference<TreeMap<String, BigDecimal>> HOURS = new TypeReference<>() { };

    private final PassportReader reader;
    private final IdentityClient identity;
    private final PassportConfig passportConfig;
    private final CredentialConfig credentialConfig;
    private final HolderInitials initials;
    private final ObjectMapper json;
    private final Today today;

    public PassportDocuments(PassportReader reader, @RestClient IdentityClient identity, PassportConfig passportConfig,
                             CredentialConfig credentialConfig, HolderInitials initials, ObjectMapper json, Today today) {
        this.reader = reader;
        this.identity = identity;
        this.passportConfig = passportConfig;
        this.credentialConfig = credentialConfig;
        this.initials = initials;
        this.json = json;
        this.today = today;
    }

    public Uni<byte[]> pdf(UUID volunteerId, Language language, Caller caller) {
        caller.requireAny(Role.VOLUNTEER, Role.REGIONAL_OPERATOR, Role.NATIONAL_ADMIN);
        return reader.get(volunteerId, caller)
                .chain(passport -> IdentityRelay.call(identity.volunteer(volunteerId))
                        .call(holder -> initials.remember(volunteerId, holder.initials()))
                        .chain(holder -> reader.timeline(volunteerId, 0, RECENT_ACTIVITIES, caller)
                                .map(recent -> new PassportDocument.Content(passport, holder.fullName(),
                                        passportConfig.levels().stream().filter(l -> l.code().equals(passport.level))
                                                .findFirst().orElse(null),
                                        programmes(passport), recent.items(), verificationUrl(passport),
                                        today.date()))))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(content -> PassportDocument.render(content, new Labels(language)));
    }

    /** The public verification page a printed passport's QR code leads to. */
    public String verificationUrl(Passport passport) {
        return credentialConfig.publicUrl().resolve("/public/passports/" + passport.passportNumber).toString();
    }

    private Map<String, BigDecimal> programmes(Passport passport) {
        try {
            return json.readValue(passport.hoursByProgram, HOURS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
