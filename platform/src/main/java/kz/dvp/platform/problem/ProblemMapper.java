package kz.dvp.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.CompositeException;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import kz.dvp.platform.rest.Utf8Check;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Turns every failure into an RFC 9457 problem: 4xx for the caller's mistakes, 503 for outages, 500 only for bugs. */
public class ProblemMapper {

    private final ProblemTitles titles;

    public ProblemMapper(ProblemTitles titles) {
        this.titles = titles;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, HttpServerRequest request) {
        Response.ResponseBuilder response = build(e.status(), e.code(), e.getMessage(), e.errors(), e.extensions(),
                headers, request);
        if (e.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, Math.max(1, e.retryAfter().toSeconds()));
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpHeaders headers, HttpServerRequest request) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return build(Status.BAD_REQUEST, "validation-failed", errors.size() + " field(s) invalid", errors, headers,
                request).build();
    }

    @ServerExceptionMapper
    public Response notUtf8(Utf8Check.MalformedUtf8Exception e, HttpHeaders headers, HttpServerRequest request) {
        return build(Status.BAD_REQUEST, "malformed-body", e.getMessage(), List.of(), headers, request).build();
    }

    /** Quarkus ships its own mapper for this subtype; ours answers problem+json like every other error. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, HttpHeaders headers, HttpServerRequest request) {
        return unreadable(e, headers, request);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, HttpHeaders headers, HttpServerRequest request) {
        // Name the field, never echo the value: request bodies carry personal data.
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            String why = e instanceof UnrecognizedPropertyException ? "is not a field of this request"
                    : e instanceof MismatchedInputException ? "has the wrong type or format" : "is not acceptable";
            return build(Status.BAD_REQUEST, "malformed-body", "Field '" + field + "' " + why,
                    List.of(new Problem.FieldError(field, why)), headers, request).build();
        }
        return build(Status.BAD_REQUEST, "malformed-body", "The body is not well-formed JSON", List.of(), headers,
                request).build();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(HttpHeaders headers, HttpServerRequest request) {
        return build(Status.UNAUTHORIZED, "unauthorized", "A valid access token is required", List.of(), headers,
                request).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, HttpServerRequest request) {
        return build(Status.FORBIDDEN, "forbidden", "Your role does not allow this", List.of(), headers, request)
                .build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, HttpServerRequest request) {
        // Quarkus REST wraps JSON parse failures in a 400 WebApplicationException
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return unreadable(json, headers, request);
            }
        }
        Status status = Status.fromStatusCode(e.getResponse().getStatus());
        if (status == null || status.getFamily() == Response.Status.Family.SERVER_ERROR) {
            return unexpected(e, headers, request);
        }
        String code = switch (status) {
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case NOT_ACCEPTABLE -> "not-acceptable";
            case REQUEST_ENTITY_TOO_LARGE -> "body-too-large";
            case UNAUTHORIZED -> "unauthorized";
            case FORBIDDEN -> "forbidden";
            default -> "bad-request";
        };
        Response.ResponseBuilder response = build(status, code, null, List.of(), headers, request);
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (name.equalsIgnoreCase(HttpHeaders.ALLOW) || name.equalsIgnoreCase(HttpHeaders.WWW_AUTHENTICATE)) {
                values.forEach(v -> response.header(name, v));
            }
        });
        return response.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, HttpServerRequest request) {
        if (isOutage(e)) {
            return build(Status.SERVICE_UNAVAILABLE, "service-unavailable", "A backing service is unavailable",
                    List.of(), headers, request).header(HttpHeaders.RETRY_AFTER, 5).build();
        }
        if (isConcurrentUpdate(e)) {
            // two requests changed the same record at once; the database kept the first, this one may retry
            return build(Status.CONFLICT, "concurrent-update",
                    "The record was changed by another request at the same time; read it again and retry",
                    List.of(), headers, request).build();
        }
        if (isUniqueViolation(e)) {
            // two requests raced past the service's own duplicate check; the database kept one, the other is told
            return build(Status.CONFLICT, "duplicate", "The same record was created by a concurrent request",
                    List.of(), headers, request).build();
        }
        // The id lets an operator find the stack trace in the log without showing it to the caller.
        String incident = UUID.randomUUID().toString();
        Log.errorf(e, "Unexpected failure, incident %s", incident);
        return build(Status.INTERNAL_SERVER_ERROR, "internal-error", "Incident " + incident, List.of(), headers,
                request).build();
    }

    private Response.ResponseBuilder build(Status status, String code, String detail, List<Problem.FieldError> errors,
                                           HttpHeaders headers, HttpServerRequest request) {
        return build(status.getStatusCode(), code, detail, errors, Map.of(), headers, request);
    }

    private Response.ResponseBuilder build(int status, String code, String detail, List<Problem.FieldError> errors,
                                           Map<String, Object> extensions, HttpHeaders headers,
                                           HttpServerRequest request) {
        Problem problem = new Problem(URI.create(Problem.TYPE_BASE + code),
                titles.title(code, headers.getAcceptableLanguages()), status, detail,
                request.path(), code, errors, extensions);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
    }

    /** PostgreSQL's unique_violation (SQLSTATE 23505), however Hibernate or the client wrapped it. */
    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())
                    || t instanceof PgException pg && "23505".equals(pg.getSqlState())
                    || String.valueOf(t.getMessage()).contains("(23505)")) {
                return true;
            }
        }
        return false;
    }

    /** Optimistic locking (the entity's version) found the row changed since it was read. */
    private static boolean isConcurrentUpdate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException || t instanceof org.hibernate.StaleStateException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The database (or another backing service) cannot be reached: refused, reset or closed connections, and
     * PostgreSQL's own "shutting down" / "starting up" (SQLSTATE class 57P) and connection errors (class 08).
     */
    public static boolean isOutage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof SocketException || t instanceof ClosedConnectionException
                    || t instanceof PgException pg && pg.getSqlState() != null
                    && (pg.getSqlState().startsWith("57P") || pg.getSqlState().startsWith("08"))
                    || t.getClass().getName().startsWith("io.vertx.core.impl.NoStackTrace")
                    && String.valueOf(t.getMessage()).contains("Connection")) {
                return true;
            }
            if (t instanceof CompositeException composite && composite.getCauses().stream().anyMatch(ProblemMapper::isOutage)) {
                return true;
            }
        }
        return false;
    }

    private static String field(ConstraintViolation<?> violation) {
        // "register.request.iin" -> "iin": drop the method and parameter names RESTEasy puts first
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }
}
