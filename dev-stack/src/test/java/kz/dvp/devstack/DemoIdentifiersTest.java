package kz.dvp.devstack;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DemoIdentifiersTest {

    @Test
    void differentIndexesNeverGiveTheSameNumberAndEveryNumberChecks() {
        Set<String> iins = new HashSet<>();
        Set<String> bins = new HashSet<>();
        for (int i = 0; i < 9_000; i++) {
            String iin = DemoIdentifiers.iin(LocalDate.of(1990, 1, 1), true, i);
            assertThat(iins.add(iin)).as("IIN of index %d is new", i).isTrue();
            assertThat(iin).hasSize(12).startsWith("9001013");
            assertThat(checks(iin)).isTrue();
            assertThat(bins.add(DemoIdentifiers.bin("2211", i))).isTrue();
        }
    }

    /** The published rule, written out again independently of the generator. */
    private static boolean checks(String number) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (number.charAt(i) - '0') * (i + 1);
        }
        int check = sum % 11;
        if (check == 10) {
            sum = 0;
            for (int i = 0; i < 11; i++) {
                sum += (number.charAt(i) - '0') * ((i + 2) % 11 + 1);
            }
            check = sum % 11;
        }
        return check != 10 && check == number.charAt(11) - '0';
    }
}
