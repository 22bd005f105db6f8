package kz.dvp.devstack;

import java.time.LocalDate;

/**
 * Valid IINs and BINs for demo data, tests and the benchmark: deterministic per index, with the check digit
 * of the rule (weights 1..11, then 3..11,1,2, mod 11; serials whose check would still be 10 are left out).
 */
public final class DemoIdentifiers {

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

    /**
     * The index-th valid number with this prefix (counting only serials whose check digit exists), so that
     * different indexes never give the same number, up to the ~90 % of serials that are valid.
     */
    private static String withCheck(String prefix, int index, int serialDigits) {
        int modulus = (int) Math.pow(10, serialDigits);
        int wanted = index % (modulus * 9 / 10);
        for (int serial = 0, valid = 0; serial < modulus; serial++) {
            String first11 = prefix + String.format("%0" + serialDigits + "d", serial);
            int check = checkDigit(first11);
            if (check != 10 && valid++ == wanted) {
                return first11 + check;
            }
        }
        throw new IllegalStateException("fewer valid serials than expected for " + prefix);
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
