package kz.dvp.identity.support;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid IINs for tests: a birth date, a sex and a serial, with the check digit computed per the rule. */
public final class Iins {

    /** Serials count up (from a random start), so two people born the same day never draw the same IIN. */
    private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(10_000));

    private Iins() {
    }

    public static String born(LocalDate date, boolean male) {
        int centuryBase = date.getYear() < 1900 ? 1 : date.getYear() < 2000 ? 3 : 5;
        String prefix = String.format("%02d%02d%02d%d", date.getYear() % 100, date.getMonthValue(), date.getDayOfMonth(),
                centuryBase + (male ? 0 : 1));
        while (true) {
            String first11 = prefix + String.format("%04d", SERIAL.getAndIncrement() % 10_000);
            int check = check(first11);
            if (check >= 0) {
                return first11 + check;
            }
        }
    }

    /** An adult's IIN (born 1990-2000). */
    public static String adult() {
        return born(LocalDate.of(1990, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3650)),
                ThreadLocalRandom.current().nextBoolean());
    }

    /** Someone who is {@code years} old today (and not on their birthday). */
    public static String aged(int years) {
        return born(LocalDate.now().minusYears(years).minusDays(30), true);
    }

    private static int check(String first11) {
        int[] d = first11.chars().map(c -> c - '0').toArray();
        int first = weighted(d, new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
        if (first != 10) {
            return first;
        }
        int second = weighted(d, new int[] {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2});
        return second == 10 ? -1 : second;
    }

    private static int weighted(int[] d, int[] w) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += d[i] * w[i];
        }
        return sum % 11;
    }
}
