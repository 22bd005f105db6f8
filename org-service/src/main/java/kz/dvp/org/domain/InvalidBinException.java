package kz.dvp.org.domain;

/** A BIN broke one of its rules; each rule has its own problem code. */
public class InvalidBinException extends RuntimeException {

    public enum Rule {
        FORMAT("bin-format", "BIN must be exactly 12 digits"),
        REGISTRATION_MONTH("bin-registration-month", "BIN digits 3-4 must be a month, 01 to 12"),
        ENTITY_TYPE("bin-entity-type", "BIN digit 5 must be 4 (resident), 5 (non-resident) or 6 (sole entrepreneur)"),
        ATTRIBUTE("bin-attribute", "BIN digit 6 must be 0 (head office), 1 (branch), 2 (representative office) or 3 (peasant farm)"),
        CHECKSUM("bin-checksum", "BIN check digit does not match");

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

    public InvalidBinException(Rule rule) {
        super(rule.message(), null, false, false);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
