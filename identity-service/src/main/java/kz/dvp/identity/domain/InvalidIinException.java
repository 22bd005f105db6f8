package kz.dvp.identity.domain;

/** An IIN broke one of its rules. The message names the rule, never the digits. */
public class InvalidIinException extends RuntimeException {

    /** Each rule has its own problem code. */
    public enum Rule {
        FORMAT("iin-format", "IIN must be exactly 12 digits"),
        CENTURY("iin-century-digit", "IIN digit 7 (century and sex) must be 1 to 6"),
        BIRTH_DATE("iin-birth-date", "IIN digits 1-6 must be a real birth date, not in the future"),
        CHECKSUM("iin-checksum", "IIN check digit does not match");

        private final String code;
        private final String message;

        Rule(String code, String message) {
            this.code = code;
            this.message = message;
        }

        public String code() {
            return code;
        }

        public String message() {
            return message;
        }
    }

    private final Rule rule;

    public InvalidIinException(Rule rule) {
        super(rule.message(), null, false, false);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
