package kz.dvp.system;

import kz.dvp.devstack.DemoIdentifiers;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Valid IINs and BINs that never repeat within a test run, so that tests sharing the platform do not collide.
 * A random serial each time did collide: many volunteers share a birth date, and a birthday-problem 409 failed CI.
 */
final class Identifiers {

    /** Serials count up from a random start, so that runs against a long-lived platform rarely meet either. */
    private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000));

    private Identifiers() {
    }

    static String iin(LocalDate born) {
        return DemoIdentifiers.iin(born, true, SERIAL.getAndIncrement());
    }

    static String bin() {
        return DemoIdentifiers.bin("2103", SERIAL.getAndIncrement());
    }
}
