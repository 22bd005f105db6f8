package kz.dvp.identity.domain;

import kz.dvp.platform.validation.InvalidIdentifierException;

/** The rules of an IIN, each with its problem code. */
public enum IinRule implements InvalidIdentifierException.Rule {
    FORMAT("iin-format", "IIN must be exactly 12 digits"),
    CENTURY("iin-century-digit", "IIN digit 7 (century and sex) must be 1 to 6"),
    BIRTH_DATE("iin-birth-date", "IIN digits 1-6 must be a real birth date, not in the future"),
    CHECKSUM("iin-checksum", "IIN check digit does not match");

    private final String code;
    private final String message;

    IinRule(String code, String message) {
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
