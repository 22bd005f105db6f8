package kz.dvp.passport.credential;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatusListTest {

    @Test
    void bitsAreCountedFromTheLeftOfTheFirstByteAndSurviveEncoding() {
        String encoded = StatusList.empty().set(0).set(9).set(StatusList.SIZE - 1).encoded();
        assertThat(encoded).startsWith("u");
        StatusList decoded = StatusList.decode(encoded);
        assertThat(decoded.isSet(0)).isTrue();
        assertThat(decoded.isSet(1)).isFalse();
        assertThat(decoded.isSet(9)).isTrue();
        assertThat(decoded.isSet(StatusList.SIZE - 1)).isTrue();
        assertThat(decoded.isSet(StatusList.SIZE - 2)).isFalse();
    }

    @Test
    void indexesFillListsOfTheMinimumSizeInTurn() {
        assertThat(StatusList.listOf(0)).isEqualTo(1);
        assertThat(StatusList.listOf(StatusList.SIZE)).isEqualTo(2);
        assertThat(StatusList.positionOf(StatusList.SIZE + 5)).isEqualTo(5);
    }

    @Test
    void anythingElseIsRefused() {
        assertThatThrownBy(() -> StatusList.decode("zabc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StatusList.decode("uAAAA")).isInstanceOf(IllegalArgumentException.class);
    }
}
