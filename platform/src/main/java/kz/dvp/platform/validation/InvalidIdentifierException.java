package kz.dvp.platform.validation;

/**
 * An identification number (IIN, BIN) broke one of its rules. Each rule has its own problem code; the message
 * names the rule, never the digits.
 */
public class InvalidIdentifierException extends RuntimeException {

    /** A rule of an identification number. */
    public interface Rule {

        /** The problem code, e.g. {@code iin-checksum}. */
        String code();

        /** What the rule requires, without the offending value. */
        String message();
    }

    private final transient Rule rule;

    public InvalidIdentifierException(Rule rule) {
        super(rule.message(), null, false, false);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
