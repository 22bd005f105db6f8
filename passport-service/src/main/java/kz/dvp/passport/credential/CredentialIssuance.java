package kz.dvp.passport.credential;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;
import kz.dvp.passport.client.IdentityClient;
import kz.dvp.passport.client.IdentityClient.Holder;
import kz.dvp.passport.client.IdentityClient.IdentityHash;
import kz.dvp.passport.client.IdentityRelay;
import kz.dvp.passport.domain.Level;
import kz.dvp.passport.domain.Passport;
import kz.dvp.passport.service.PassportConfig;
import kz.dvp.passport.service.PassportReader;
import kz.dvp.platform.problem.ProblemException;
import kz.dvp.platform.security.Caller;
import kz.dvp.platform.security.Role;
import kz.dvp.platform.time.Today;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Issues a passport's credential to the volunteer, an operator of their region or a national admin: records it
 * (with its place on the status list, so it can be revoked later) and signs it. The holder's IIN hash and
 * initials come from identity-service with the caller's token.
 */
@ApplicationScoped
public class CredentialIssuance {

    private static final TypeReference<Map<String, BigDecimal>> HOURS = new TypeReference<>() { };

    private final PassportReader reader;
    private final IdentityClient identity;
    private final IssuerKeys keys;
    private final CredentialConfig config;
    private final PassportConfig passportConfig;
    private final Pool pool;
    private final HolderInitials initials;
    private final ObjectMapper json;
    private final Today today;

    public CredentialIssuance(PassportReader reader, @RestClient IdentityClient identity, IssuerKeys keys,
                              CredentialConfig config, PassportConfig passportConfig, Pool pool, HolderInitials initials, ObjectMapper json,
                              Today today) {
        this.reader = reader;
        this.identity = identity;
        this.keys = keys;
        this.config = config;
        this.passportConfig = passportConfig;
        this.pool = pool;
        this.initials = initials;
        this.json = json;
        this.today = today;
    }

    /** A credential as issued: its id, the VC-JWT, the credential it secures, and when it expires. */
    public record Issued(UUID id, String jwt, Map<String, Object> credential, Instant expiresAt) {
    }

    public Uni<Issued> issue(UUID volunteerId, Caller caller) {
        caller.requireAny(Role.VOLUNTEER, Role.REGIONAL_OPERATOR, Role.NATIONAL_ADMIN);
        return reader.get(volunteerId, caller).chain(passport -> {
            if (!"ACTIVE".equals(passport.status)) {
                throw new ProblemException(Status.CONFLICT, "passport-not-active",
                        "The volunteer is " + passport.status + ": no credential is issued until they are active again");
            }
            return Uni.combine().all().unis(IdentityRelay.call(identity.identityHash(volunteerId)),
                            IdentityRelay.call(identity.volunteer(volunteerId))).asTuple()
                    .chain(found -> record(passport, found.getItem1(), found.getItem2()));
        });
    }

    private Uni<Issued> record(Passport passport, IdentityHash hash, Holder holder) {
        UUID id = UUID.randomUUID();
        Instant issuedAt = today.now().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = issuedAt.plus(config.lifetime());
        String keyId = keys.current().getKeyID();
        return pool.preparedQuery("""
                        insert into issued_credential (credential_id, volunteer_id, status_index, total_hours, level,
                            key_id, issued_at, expires_at)
                        values ($1, $2, nextval('credential_status_index'), $3, $4, $5, $6, $7)
                        returning status_index""")
                .execute(Tuple.from(Arrays.asList(id, passport.volunteerId, passport.totalHours, passport.level,
                        keyId, issuedAt.atOffset(ZoneOffset.UTC), expiresAt.atOffset(ZoneOffset.UTC))))
                .call(() -> initials.remember(passport.volunteerId, holder.initials()))
                .map(rows -> {
                    long statusIndex = rows.iterator().next().getLong("status_index");
                    PassportCredential credential = new PassportCredential(id, keys.did(), config.issuerName(),
                            config.publicUrl(), passport, level(passport), tags(passport), hash.identityHash(),
                            hash.salt(), statusIndex, issuedAt, expiresAt);
                    Map<String, Object> body = credential.toJson();
                    String jwt = VcJwt.sign(body, "urn:dvp:passport:" + passport.passportNumber, issuedAt, expiresAt,
                            keys.current(), keys.verificationMethod(keys.current()));
                    return new Issued(id, jwt, body, expiresAt);
                });
    }

    private Level level(Passport passport) {
        return passportConfig.levels().stream().filter(l -> l.code().equals(passport.level)).findFirst().orElse(null);
    }

    /** The national programmes the volunteer served in, then the badges earned. */
    private List<String> tags(Passport passport) {
        List<String> tags = new ArrayList<>();
        try {
            json.readValue(passport.hoursByProgram, HOURS).keySet().forEach(code -> tags.add("programme:" + code));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!passport.badges.isEmpty()) {
            for (String badge : passport.badges.split(",")) {
                tags.add("badge:" + badge);
            }
        }
        return tags;
    }
}
