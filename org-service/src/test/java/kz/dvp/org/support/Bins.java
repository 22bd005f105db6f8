package kz.dvp.org.support;

import kz.dvp.platform.validation.CheckDigit;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid BINs for tests: registration YYMM, entity type, attribute, serial and the check digit. */
public final class Bins {

    /** Serials count up (from a random start), so two organisations never draw the same BIN. */
    private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000));

    private Bins() {
    }

    public static String valid() {
        return valid("2103", '4', '0');
    }

    public static String valid(String yymm, char entityType, char attribute) {
        while (true) {
            String first11 = yymm + entityType + attribute + String.format("%05d", SERIAL.getAndIncrement() % 100_000);
            int check = CheckDigit.of(first11.chars().map(c -> c - '0').toArray());
            if (check >= 0) {
                return first11 + check;
            }
        }
    }
}
