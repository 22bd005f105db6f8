package kz.dvp.org.domain;

import kz.dvp.platform.validation.InvalidIdentifierException;
import kz.dvp.org.support.Bins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BinTest {

    @Test
    void validBinsOfEveryEntityTypeAndAttribute() {
        for (char type : "456".toCharArray()) {
            for (char attribute : "0123".toCharArray()) {
                String bin = Bins.valid("0911", type, attribute);
                assertThat(Bin.parse(bin).digits()).isEqualTo(bin);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
            "'',FORMAT", "21034001234,FORMAT", "2103400123456,FORMAT", "21034001234x,FORMAT",
            "211340012345,REGISTRATION_MONTH", "210040012345,REGISTRATION_MONTH",
            "210370012345,ENTITY_TYPE", "210330012345,ENTITY_TYPE",
            "210345012345,ATTRIBUTE", "210349012345,ATTRIBUTE"})
    void eachRuleHasItsOwnFailure(String bin, BinRule rule) {
        assertThatThrownBy(() -> Bin.parse(bin))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> assertThat(e.rule()).isEqualTo(rule));
    }

    @Test
    void wrongCheckDigitIsRejected() {
        String valid = Bins.valid();
        String wrong = valid.substring(0, 11) + ((valid.charAt(11) - '0' + 1) % 10);

        assertThatThrownBy(() -> Bin.parse(wrong))
                .isInstanceOfSatisfying(InvalidIdentifierException.class,
                        e -> assertThat(e.rule()).isEqualTo(BinRule.CHECKSUM));
    }
}
