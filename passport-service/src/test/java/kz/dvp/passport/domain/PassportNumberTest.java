package kz.dvp.passport.domain;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PassportNumberTest {

    private static final String SYMBOLS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    @Test
    void stableReadableAndValid() {
        UUID volunteer = UUID.fromString("2f803418-6732-4add-b537-db01f55b3733");
        String number = PassportNumber.of(volunteer);

        assertThat(number).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z*~$=U]");
        assertThat(PassportNumber.of(volunteer)).as("derived, so a rebuild gives the same").isEqualTo(number);
        assertThat(PassportNumber.isValid(number)).isTrue();
        assertThat(PassportNumber.isValid(number.toLowerCase().replace("-", ""))).isTrue();
    }

    @Test
    void everySingleWrongCharacterIsCaught() {
        for (int n = 0; n < 200; n++) {
            String number = PassportNumber.of(UUID.randomUUID()).replace("-", "");
            for (int position = 0; position < 12; position++) {
                for (char replacement : SYMBOLS.toCharArray()) {
                    if (replacement != number.charAt(position)) {
                        String typo = number.substring(0, position) + replacement + number.substring(position + 1);
                        assertThat(PassportNumber.isValid(typo)).as(typo).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void everySwapOfNeighboursIsCaught() {
        for (int n = 0; n < 500; n++) {
            String number = PassportNumber.of(UUID.randomUUID()).replace("-", "");
            for (int i = 0; i < 11; i++) {
                if (number.charAt(i) != number.charAt(i + 1)) {
                    String swapped = number.substring(0, i) + number.charAt(i + 1) + number.charAt(i) + number.substring(i + 2);
                    assertThat(PassportNumber.isValid(swapped)).as(swapped).isFalse();
                }
            }
        }
    }

    @Test
    void noCollisionsAmongAHundredThousand() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            assertThat(seen.add(PassportNumber.of(UUID.randomUUID()))).isTrue();
        }
    }
}
