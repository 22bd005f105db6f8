package kz.dvp.platform.problem;

import jakarta.ws.rs.core.Response.Status;

import java.time.Duration;
import java.util.List;

/**
 * A business rule said no. Carries the HTTP status and the stable problem code; the title comes from the
 * problem titles bundle by code and language. The detail must never contain personal data.
 */
public class ProblemException extends RuntimeException {

    private final Status status;
    private final String code;
    private final List<Problem.FieldError> errors;
    private final Duration retryAfter;

    public ProblemException(Status status, String code, String detail) {
        this(status, code, detail, List.of(), null);
    }

    public ProblemException(Status status, String code, String detail, List<Problem.FieldError> errors,
                            Duration retryAfter) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.errors = List.copyOf(errors);
        this.retryAfter = retryAfter;
    }

    /** The thing asked for is not there yet but will be (e.g. a replica still catching up): 503 with Retry-After. */
    public static ProblemException retryLater(String code, String detail, Duration retryAfter) {
        return new ProblemException(Status.SERVICE_UNAVAILABLE, code, detail, List.of(), retryAfter);
    }

    public Status status() {
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
}
