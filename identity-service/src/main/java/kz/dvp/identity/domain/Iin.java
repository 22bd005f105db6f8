package kz.dvp.identity.domain;

import kz.dvp.platform.validation.InvalidIdentifierException;
import kz.dvp.events.Sex;
import kz.dvp.platform.validation.CheckDigit;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An individual identification number (ЖСН/ИИН): 12 digits, YYMMDD, a century-and-sex digit, a serial
 * and a check digit. Birth date and sex are read from it, never typed twice. {@link #toString()} is masked,
 * so an IIN cannot reach a log by accident.
 */
public final class Iin {

    private final String digits;
    private final LocalDate birthDate;
    private final Sex sex;

    private Iin(String digits, LocalDate birthDate, Sex sex) {
        this.digits = digits;
        this.birthDate = birthDate;
        this.sex = sex;
    }

    /**
     * Validates an IIN as of {@code today}.
     *
     * @throws InvalidIdentifierException with the rule that failed
     */
    public static Iin parse(String text, LocalDate today) {
        if (text == null || !text.matches("[0-9]{12}")) {
            throw new InvalidIdentifierException(IinRule.FORMAT);
        }
        int[] d = text.chars().map(c -> c - '0').toArray();
        int centuryDigit = d[6];
        if (centuryDigit < 1 || centuryDigit > 6) {
            throw new InvalidIdentifierException(IinRule.CENTURY);
        }
        int century = 1800 + 100 * ((centuryDigit - 1) / 2);
        LocalDate birthDate;
        try {
            birthDate = LocalDate.of(century + d[0] * 10 + d[1], d[2] * 10 + d[3], d[4] * 10 + d[5]);
        } catch (DateTimeException e) {
            throw new InvalidIdentifierException(IinRule.BIRTH_DATE);
        }
        if (birthDate.isAfter(today)) {
            throw new InvalidIdentifierException(IinRule.BIRTH_DATE);
        }
        if (checkDigit(d) != d[11]) {
            throw new InvalidIdentifierException(IinRule.CHECKSUM);
        }
        return new Iin(text, birthDate, centuryDigit % 2 == 1 ? Sex.MALE : Sex.FEMALE);
    }

    static int checkDigit(int[] d) {
        return CheckDigit.of(d);
    }

    /** The 12 digits; only for encryption and the blind index. */
    public String digits() {
        return digits;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return sex;
    }

    /** Age in whole years on a day. */
    public int ageOn(LocalDate day) {
        return java.time.Period.between(birthDate, day).getYears();
    }

    /** As shown to people: only the last four digits, e.g. {@code ********0012}. */
    public String masked() {
        return mask(digits);
    }

    public static String mask(String digits) {
        return "********" + digits.substring(digits.length() - 4);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Iin other && digits.equals(other.digits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(digits);
    }

    @Override
    public String toString() {
        return masked();
    }
}
