package kz.dvp.events;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class RegionTest {

    @Test
    void twentyRegionsWithDistinctIsoCodesBetweenKz10AndKz79() {
        assertThat(Region.values()).hasSize(20);
        assertThat(Arrays.stream(Region.values()).map(Region::code).distinct()).hasSize(20)
                .allMatch(code -> code.matches("KZ-[1-7][0-9]"));
    }

    @Test
    void regionsCreatedIn2022AreThere() {
        assertThat(Region.ofCode("KZ-10")).contains(Region.ABAI);
        assertThat(Region.ofCode("KZ-33")).contains(Region.JETISU);
        assertThat(Region.ofCode("KZ-62")).contains(Region.ULYTAU);
    }

    @Test
    void namesInKazakhRussianAndEnglish() {
        assertThat(Region.ofCode("KZ-79").orElseThrow().name(Locale.forLanguageTag("kk"))).isEqualTo("Шымкент");
        assertThat(Region.ULYTAU.name(Locale.forLanguageTag("kk"))).isEqualTo("Ұлытау облысы");
        assertThat(Region.ULYTAU.name(Locale.forLanguageTag("ru"))).isEqualTo("Улытауская область");
        assertThat(Region.ULYTAU.name(Locale.forLanguageTag("de"))).isEqualTo("Ulytau Region");
    }

    @Test
    void unknownCodesAreNotRegions() {
        assertThat(Region.ofCode("KZ-99")).isEmpty();
        assertThat(Region.ofCode(null)).isEmpty();
    }
}
