package kz.dvp.passport.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response.Status;
import kz.dvp.platform.problem.ProblemException;

import java.time.Duration;

/** What identity-service's answers mean to passport-service's caller. */
public final class IdentityRelay {

    private IdentityRelay() {
    }

    /** identity's 404 (not there, or not for this caller) stays a 404; identity unreachable is a 503 to retry. */
    public static <T> Uni<T> call(Uni<T> call) {
        return call.onFailure().transform(failure -> {
            if (failure instanceof WebApplicationException web) {
                int status = web.getResponse().getStatus();
                if (status == 404 || status == 403) {
                    return new ProblemException(Status.NOT_FOUND, "passport-not-found", "No such passport");
                }
                if (status == 401) {
                    return new ProblemException(Status.UNAUTHORIZED, "unauthorized", "identity-service refused the token");
                }
            }
            if (failure instanceof WebApplicationException || failure instanceof ProcessingException) {
                return ProblemException.retryLater("identity-unavailable",
                        "identity-service could not be reached; try again shortly", Duration.ofSeconds(5));
            }
            return failure;
        });
    }
}
