package kz.dvp.org.domain;

import kz.dvp.platform.validation.InvalidIdentifierException;

/** The rules of a BIN, each with its problem code. */
public enum BinRule implements InvalidIdentifierException.Rule {
    FORMAT("bin-format", "BIN must be exactly 12 digits"),
    REGISTRATION_MONTH("bin-registration-month", "BIN digits 3-4 must be a month, 01 to 12"),
    ENTITY_TYPE("bin-entity-type", "BIN digit 5 must be 4 (resident), 5 (non-resident) or 6 (sole entrepreneur)"),
    ATTRIBUTE("bin-attribute", "BIN digit 6 must be 0 (head office), 1 (branch), 2 (representative office) or 3 (peasant farm)"),
    CHECKSUM("bin-checksum", "BIN check digit does not match");

    private final String code;
    private final String message;

    BinRule(String code, String message) {
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
