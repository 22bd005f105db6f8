package kz.dvp.org.domain;

import kz.dvp.platform.validation.InvalidIdentifierException;
import kz.dvp.platform.validation.CheckDigit;

/**
 * A business identification number (БСН/БИН): YYMM of registration, entity type, attribute, serial and the
 * check digit computed as for the IIN.
 */
public record Bin(String digits) {

    /** Digit 5: resident legal entity, non-resident, sole entrepreneur (joint venture). */
    private static final String ENTITY_TYPES = "456";
    /** Digit 6: head office, branch, representative office, peasant farm. */
    private static final String ATTRIBUTES = "0123";

    /** @throws InvalidIdentifierException with the rule that failed */
    public static Bin parse(String text) {
        if (text == null || !text.matches("[0-9]{12}")) {
            throw new InvalidIdentifierException(BinRule.FORMAT);
        }
        int month = Integer.parseInt(text.substring(2, 4));
        if (month < 1 || month > 12) {
            throw new InvalidIdentifierException(BinRule.REGISTRATION_MONTH);
        }
        if (ENTITY_TYPES.indexOf(text.charAt(4)) < 0) {
            throw new InvalidIdentifierException(BinRule.ENTITY_TYPE);
        }
        if (ATTRIBUTES.indexOf(text.charAt(5)) < 0) {
            throw new InvalidIdentifierException(BinRule.ATTRIBUTE);
        }
        if (!CheckDigit.matches(text)) {
            throw new InvalidIdentifierException(BinRule.CHECKSUM);
        }
        return new Bin(text);
    }
}
