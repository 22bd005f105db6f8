package kz.dvp.identity.domain;

import kz.dvp.platform.validation.InvalidIdentifierException;
import kz.dvp.events.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IinTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    /** Builds a valid IIN from its first 11 digits (test helper mirroring the rule). */
    static String withCheckDigit(String first11) {
        int check = Iin.checkDigit(first11.chars().map(c -> c - '0').toArray());
        if (check < 0) {
            throw new IllegalArgumentException(first11 + " has no valid check digit");
        }
        return first11 + check;
    }

    @Test
    void validIinGivesBirthDateAndSex() {
        Iin iin = Iin.parse(withCheckDigit("90010130001"), TODAY);

        assertThat(iin.birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(iin.sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void centuryDigitGivesCenturyAndSex() {
        assertThat(Iin.parse(withCheckDigit("99123120001"), TODAY).birthDate()).isEqualTo(LocalDate.of(1899, 12, 31));
        assertThat(Iin.parse(withCheckDigit("99123120001"), TODAY).sex()).isEqualTo(Sex.FEMALE);
        assertThat(Iin.parse(withCheckDigit("10030550001"), TODAY).birthDate()).isEqualTo(LocalDate.of(2010, 3, 5));
        assertThat(Iin.parse(withCheckDigit("10030560001"), TODAY).sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void knownValidIinFromTheFirstWeightRound() {
        // 9 0 0 1 0 1 3 0 0 0 1 with weights 1..11: 9+0+0+4+0+6+21+0+0+0+11 = 51, 51 mod 11 = 7
        assertThat(Iin.parse("900101300017", TODAY).masked()).isEqualTo("********0017");
    }

    @Test
    void secondWeightRoundIsUsedWhenTheFirstGivesTen() {
        String first11 = firstEleven(d -> round(d, FIRST) == 10 && round(d, SECOND) != 10);
        int check = round(digits(first11), SECOND);

        assertThat(Iin.parse(first11 + check, TODAY).digits()).isEqualTo(first11 + check);
        assertRule(first11 + (check + 1) % 10, IinRule.CHECKSUM);
    }

    @Test
    void bothRoundsTenMakesEveryCheckDigitInvalid() {
        String first11 = firstEleven(d -> round(d, FIRST) == 10 && round(d, SECOND) == 10);

        for (int check = 0; check <= 9; check++) {
            assertRule(first11 + check, IinRule.CHECKSUM);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "9001013000171", "90010130001a", " 900101300017", "９００１０１３０００１７"})
    void notTwelveDigitsIsAFormatError(String text) {
        assertRule(text, IinRule.FORMAT);
    }

    @Test
    void nullIsAFormatError() {
        assertRule(null, IinRule.FORMAT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "7", "8", "9"})
    void centuryDigitOutsideOneToSixIsRejected(String digit) {
        assertRule("900101" + digit + "00017", IinRule.CENTURY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9013013", "9002303", "9100293", "9000013"})
    void impossibleDatesAreRejected(String datePlusCentury) {
        assertRule(withCheckDigitOrZero(datePlusCentury + "0001"), IinRule.BIRTH_DATE);
    }

    @Test
    void leapDayIsARealDate() {
        assertThat(Iin.parse(withCheckDigit("00022950001"), TODAY).birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @Test
    void futureBirthDateIsRejected() {
        assertRule(withCheckDigit("27010150001"), IinRule.BIRTH_DATE);
    }

    @Test
    void wrongCheckDigitIsRejected() {
        String valid = withCheckDigit("90010130001");
        String wrong = valid.substring(0, 11) + ((valid.charAt(11) - '0' + 1) % 10);
        assertRule(wrong, IinRule.CHECKSUM);
    }

    @Test
    void toStringAndMessagesNeverShowTheDigits() {
        Iin iin = Iin.parse("900101300017", TODAY);

        assertThat(iin.toString()).isEqualTo("********0017");
        assertThatThrownBy(() -> Iin.parse("900101300018", TODAY)).message().doesNotContain("900101300018");
    }

    private static void assertRule(String text, IinRule rule) {
        assertThatThrownBy(() -> Iin.parse(text, TODAY))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> assertThat(e.rule()).isEqualTo(rule));
    }

    private static String withCheckDigitOrZero(String first11) {
        int check = Iin.checkDigit(first11.chars().map(c -> c - '0').toArray());
        return first11 + Math.max(check, 0);
    }

    private static final int[] FIRST = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    /** The rule computed independently of the production code: the test's oracle. */
    private static int round(int[] d, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += d[i] * weights[i];
        }
        return sum % 11;
    }

    private static int[] digits(String text) {
        return text.chars().map(c -> c - '0').toArray();
    }

    private static String firstEleven(java.util.function.Predicate<int[]> wanted) {
        for (int serial = 0; serial < 10_000; serial++) {
            String candidate = "9001013" + String.format("%04d", serial);
            if (wanted.test(digits(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no such serial");
    }
}
