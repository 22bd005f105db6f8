package kz.dvp.system;

import kz.dvp.devstack.DemoIdentifiers;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** Valid IINs and BINs, a random serial each time, so that tests sharing the platform do not collide. */
final class Identifiers {

    private Identifiers() {
    }

    static String iin(LocalDate born) {
        return DemoIdentifiers.iin(born, true, ThreadLocalRandom.current().nextInt(10_000));
    }

    static String bin() {
        return DemoIdentifiers.bin("2103", ThreadLocalRandom.current().nextInt(100_000));
    }
}
