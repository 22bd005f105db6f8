package kz.dvp.platform.problem;

import jakarta.ws.rs.core.Response.Status;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A business rule said no. Carries the HTTP status and the stable problem code; the title comes from the
 * problem titles bundle by code and language. The detail must never contain personal data.
 */
public class ProblemException extends RuntimeException {

    /** 422 Unprocessable Content (RFC 9110), which jakarta.ws.rs Status does not name. */
    public static final int UNPROCESSABLE_CONTENT = 422;

    private final int status;
    private final String code;
    private final List<Problem.FieldError> errors;
    private final Duration retryAfter;
    private final Map<String, Object> extensions;

    public ProblemException(Status status, String code, String detail) {
        this(status.getStatusCode(), code, detail, List.of(), null);
    }

    public ProblemException(int status, String code, String detail, List<Problem.FieldError> errors,
                            Duration retryAfter) {
        this(status, code, detail, errors, retryAfter, Map.of());
    }

    private ProblemException(int status, String code, String detail, List<Problem.FieldError> errors,
                             Duration retryAfter, Map<String, Object> extensions) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.errors = List.copyOf(errors);
        this.retryAfter = retryAfter;
        this.extensions = Map.copyOf(extensions);
    }

    /** 422 Unprocessable Content: the request is well-formed but breaks a business rule. */
    public static ProblemException unprocessable(String code, String detail) {
        return new ProblemException(UNPROCESSABLE_CONTENT, code, detail, List.of(), null);
    }

    /** The same problem with an extension member, e.g. the id of the record a duplicate collides with. */
    public ProblemException with(String member, Object value) {
        Map<String, Object> more = new java.util.LinkedHashMap<>(extensions);
        more.put(member, value);
        return new ProblemException(status, code, getMessage(), errors, retryAfter, more);
    }

    /** The thing asked for is not there yet but will be (e.g. a replica still catching up): 503 with Retry-After. */
    public static ProblemException retryLater(String code, String detail, Duration retryAfter) {
        return new ProblemException(Status.SERVICE_UNAVAILABLE.getStatusCode(), code, detail, List.of(), retryAfter);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
