package kz.dvp.platform.validation;

/**
 * The check digit of Kazakhstan's 12-digit identification numbers (IIN and BIN): the first 11 digits
 * weighted 1..11, mod 11; if that is 10, weighted 3..11,1,2, mod 11; if that is 10 again, no digit is valid.
 */
public final class CheckDigit {

    private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    private CheckDigit() {
    }

    /** @return the check digit, or -1 when the 11 digits admit none */
    public static int of(int[] digits) {
        int first = weightedSum(digits, FIRST_WEIGHTS) % 11;
        if (first != 10) {
            return first;
        }
        int second = weightedSum(digits, SECOND_WEIGHTS) % 11;
        return second == 10 ? -1 : second;
    }

    /** Whether a 12-digit text ends with the right check digit. */
    public static boolean matches(String twelveDigits) {
        int[] d = twelveDigits.chars().map(c -> c - '0').toArray();
        return of(d) == d[11];
    }

    private static int weightedSum(int[] d, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += d[i] * weights[i];
        }
        return sum;
    }
}
