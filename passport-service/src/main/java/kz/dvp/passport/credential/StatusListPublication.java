package kz.dvp.passport.credential;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;
import kz.dvp.platform.problem.ProblemException;
import kz.dvp.platform.time.Today;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Publishes each Bitstring Status List as a signed BitstringStatusListCredential (VC-JWT), read from the
 * issued credentials at request time, so a revocation shows as soon as it has been recorded.
 */
@ApplicationScoped
public class StatusListPublication {

    /** How long a verifier may cache a list; short, so revocations show within seconds. */
    public static final Duration TTL = Duration.ofSeconds(5);

    private final IssuerKeys keys;
    private final CredentialConfig config;
    private final Pool pool;
    private final Today today;

    public StatusListPublication(IssuerKeys keys, CredentialConfig config, Pool pool, Today today) {
        this.keys = keys;
        this.config = config;
        this.pool = pool;
        this.today = today;
    }

    public Uni<String> signedList(long list) {
        long from = (list - 1) * StatusList.SIZE;
        return pool.preparedQuery("""
                        select status_index from issued_credential
                        where revoked_at is not null and status_index >= $1 and status_index < $2""")
                .execute(Tuple.of(from, from + StatusList.SIZE))
                .chain(revoked -> pool.query("select coalesce(max(status_index), -1) as last from issued_credential")
                        .execute().map(last -> {
                            if (list < 1 || from > last.iterator().next().getLong("last")) {
                                throw new ProblemException(Status.NOT_FOUND, "status-list-not-found", "No such status list");
                            }
                            StatusList bits = StatusList.empty();
                            for (Row row : revoked) {
                                bits.set(StatusList.positionOf(row.getLong("status_index")));
                            }
                            return sign(list, bits);
                        }));
    }

    private String sign(long list, StatusList bits) {
        String url = config.publicUrl().resolve("/public/credentials/status/" + list).toString();
        Instant now = today.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", List.of("https://www.w3.org/ns/credentials/v2"));
        credential.put("id", url);
        credential.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
        credential.put("issuer", keys.did());
        credential.put("validFrom", now.toString());
        credential.put("validUntil", now.plus(Duration.ofDays(1)).toString());
        credential.put("credentialSubject", Map.of("id", url + "#list", "type", "BitstringStatusList",
                "statusPurpose", "revocation", "encodedList", bits.encoded(), "ttl", TTL.toMillis()));
        return VcJwt.sign(credential, url, now, now.plus(Duration.ofDays(1)), keys.current(),
                keys.verificationMethod(keys.current()));
    }
}
