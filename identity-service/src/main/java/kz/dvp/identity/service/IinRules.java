package kz.dvp.identity.service;

import kz.dvp.platform.validation.InvalidIdentifierException;
import kz.dvp.identity.domain.Iin;
import kz.dvp.platform.problem.Problem;
import kz.dvp.platform.problem.ProblemException;
import jakarta.ws.rs.core.Response.Status;

import java.time.LocalDate;
import java.util.List;

/** IIN validation as the API reports it: a 422 whose code names the broken rule, never echoing the digits. */
final class IinRules {

    private IinRules() {
    }

    static Iin parse(String text, String field, LocalDate today) {
        try {
            return Iin.parse(text, today);
        } catch (InvalidIdentifierException e) {
            throw new ProblemException(ProblemException.UNPROCESSABLE_CONTENT, e.rule().code(), e.getMessage(),
                    List.of(new Problem.FieldError(field, e.getMessage())), null);
        }
    }
}
