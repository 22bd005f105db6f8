package kz.dvp.org.support;

import kz.dvp.platform.validation.CheckDigit;

import java.util.concurrent.ThreadLocalRandom;

/** Valid BINs for tests: registration YYMM, entity type, attribute, random serial and the check digit. */
public final class Bins {

    private Bins() {
    }

    public static String valid() {
        return valid("2103", '4', '0');
    }

    public static String valid(String yymm, char entityType, char attribute) {
        while (true) {
            String first11 = yymm + entityType + attribute + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
            int check = CheckDigit.of(first11.chars().map(c -> c - '0').toArray());
            if (check >= 0) {
                return first11 + check;
            }
        }
    }
}
