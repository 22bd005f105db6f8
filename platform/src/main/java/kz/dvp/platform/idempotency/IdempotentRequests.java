package kz.dvp.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import kz.dvp.platform.problem.ProblemException;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * The {@code Idempotency-Key} header of creating POSTs: the first request's answer (status, body,
 * Location) is stored with the key in the same transaction as the creation, and a retry with the same key
 * and body gets that answer again instead of creating twice. The same key with another body is a 422.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";

    private final ObjectMapper json;

    public IdempotentRequests(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Runs {@code create} once per key and caller.
     *
     * @param key     the header value; null or blank runs {@code create} without protection
     * @param caller  who sends it (keys are per caller), e.g. the token subject or "anonymous"
     * @param request the request body, whose hash detects a key reused for another request
     */
    public Uni<Response> once(String key, String caller, Object request, Supplier<Uni<Response>> create) {
        if (key == null || key.isBlank()) {
            return create.get();
        }
        if (key.length() > 200) {
            return Uni.createFrom().failure(new ProblemException(Status.BAD_REQUEST, "idempotency-key-invalid",
                    "Idempotency-Key must be at most 200 characters"));
        }
        String fingerprint = fingerprint(request);
        return Panache.withTransaction(() -> find(key, caller).chain(stored -> {
            if (stored != null) {
                if (!stored.fingerprint().equals(fingerprint)) {
                    return Uni.createFrom().failure(ProblemException.unprocessable(
                            "idempotency-key-reused", "This Idempotency-Key was used for a different request"));
                }
                return Uni.createFrom().item(stored.replay());
            }
            return create.get().call(response -> remember(key, caller, fingerprint, response));
        }));
    }

    private Uni<StoredResponse> find(String key, String caller) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        select fingerprint, status, body, location from idempotency_record
                        where idempotency_key = ?1 and caller = ?2""", Object[].class)
                .setParameter(1, key).setParameter(2, caller)
                .getResultList())
                .map(rows -> rows.isEmpty() ? null : StoredResponse.of(rows.get(0)));
    }

    private Uni<Void> remember(String key, String caller, String fingerprint, Response response) {
        if (response.getStatus() >= 300) {
            return Uni.createFrom().voidItem();
        }
        String body;
        try {
            body = response.getEntity() == null ? null : json.writeValueAsString(response.getEntity());
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        URI location = response.getLocation();
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        insert into idempotency_record (idempotency_key, caller, fingerprint, status, body, location)
                        values (?1, ?2, ?3, ?4, ?5, ?6)""")
                .setParameter(1, key).setParameter(2, caller).setParameter(3, fingerprint)
                .setParameter(4, response.getStatus()).setParameter(5, body)
                .setParameter(6, location == null ? null : location.toString())
                .executeUpdate()).replaceWithVoid();
    }

    private String fingerprint(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record StoredResponse(String fingerprint, int status, String body, String location) {

        static StoredResponse of(Object[] row) {
            return new StoredResponse((String) row[0], ((Number) row[1]).intValue(), (String) row[2], (String) row[3]);
        }

        Response replay() {
            Response.ResponseBuilder builder = Response.status(status).header("Idempotent-Replayed", "true");
            if (body != null) {
                builder.entity(body).type("application/json");
            }
            if (location != null) {
                builder.location(URI.create(location));
            }
            return builder.build();
        }
    }
}
