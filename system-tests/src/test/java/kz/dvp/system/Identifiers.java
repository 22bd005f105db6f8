package kz.dvp.system;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** Valid IINs and BINs, built with the check digit rule (weights 1..11, then 3..11,1,2, mod 11). */
final class Identifiers {

    private Identifiers() {
    }

    static String iin(LocalDate born) {
        int centuryDigit = born.getYear() < 2000 ? 3 : 5;
        return withCheckDigit(String.format("%02d%02d%02d%d", born.getYear() % 100, born.getMonthValue(),
                born.getDayOfMonth(), centuryDigit), 4);
    }

    static String bin() {
        return withCheckDigit("210340", 5);
    }

    private static String withCheckDigit(String prefix, int serialDigits) {
        while (true) {
            String first11 = prefix + String.format("%0" + serialDigits + "d",
                    ThreadLocalRandom.current().nextInt((int) Math.pow(10, serialDigits)));
            int[] d = first11.chars().map(c -> c - '0').toArray();
            int check = round(d, new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
            if (check == 10) {
                check = round(d, new int[] {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2});
            }
            if (check != 10) {
                return first11 + check;
            }
        }
    }

    private static int round(int[] d, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += d[i] * weights[i];
        }
        return sum % 11;
    }
}
