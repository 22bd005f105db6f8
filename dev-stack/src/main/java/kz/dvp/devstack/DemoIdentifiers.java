package kz.dvp.devstack;

import java.time.LocalDate;

/**
 * Valid IINs and BINs for demo data, tests and the benchmark: deterministic per index, with the check digit
 * of the rule (weights 1..11, then 3..11,1,2, mod 11; serials whose check would still be 10 are left out, so
 * index i is the i-th valid number of its prefix and different indexes never give the same number).
 */
public final class DemoIdentifiers {

    private static final java.util.Map<String, int[]> VALID_SERIALS = new java.util.concurrent.ConcurrentHashMap<>();

    private DemoIdentifiers() {
    }

    public static String iin(LocalDate born, boolean male, int index) {
        int century = born.getYear() < 2000 ? 3 : 5;
        return withCheck(String.format("%02d%02d%02d%d", born.getYear() % 100, born.getMonthValue(), born.getDayOfMonth(),
                century + (male ? 0 : 1)), index, 4);
    }

    public static String bin(String yymm, int index) {
        return withCheck(yymm + "40", index, 5);
    }

    private static String withCheck(String prefix, int index, int serialDigits) {
        int[] valid = VALID_SERIALS.computeIfAbsent(prefix + "/" + serialDigits, k -> validSerials(prefix, serialDigits));
        String first11 = prefix + String.format("%0" + serialDigits + "d", valid[index % valid.length]);
        return first11 + checkDigit(first11);
    }

    /** The serials whose check digit exists, in order; computed once per prefix. */
    private static int[] validSerials(String prefix, int serialDigits) {
        int modulus = (int) Math.pow(10, serialDigits);
        return java.util.stream.IntStream.range(0, modulus)
                .filter(serial -> checkDigit(prefix + String.format("%0" + serialDigits + "d", serial)) != 10).toArray();
    }

    private static int checkDigit(String first11) {
        int[] d = first11.chars().map(c -> c - '0').toArray();
        int check = weighted(d, new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
        return check == 10 ? weighted(d, new int[] {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2}) : check;
    }

    private static int weighted(int[] d, int[] w) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += d[i] * w[i];
        }
        return sum % 11;
    }
}
