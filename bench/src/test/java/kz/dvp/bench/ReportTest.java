package kz.dvp.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTest {

    private static Figure read(double perSecond, double p99) {
        return new Figure("passport read", perSecond, "req/s", 10.0, p99, "≥ 10 000 req/s, p99 ≤ 20 ms", false, "64 in flight");
    }

    private static Figure verification(double perSecond, double p99) {
        return new Figure("verification → passport", perSecond, "verifications/s", 80.0, p99, "p99 ≤ 200 ms", p99 <= 200,
                "open model");
    }

    @Test
    void aThroughputFigureIsTheRunWithTheMedianValue() {
        List<Figure> medians = Report.medians(List.of(List.of(read(6386, 22.8)), List.of(read(5581, 25.4)),
                List.of(read(5460, 27.4))));

        assertThat(medians).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualTo(5581);
            assertThat(f.p99Ms()).isEqualTo(25.4);
            assertThat(f.how()).endsWith("median of 3 runs: 5,460, 5,581, 6,386");
        });
    }

    @Test
    void aFigureWhoseGoalIsAP99IsTheRunWithTheMedianP99() {
        List<Figure> medians = Report.medians(List.of(List.of(verification(314, 367.9)),
                List.of(verification(337, 209.7)), List.of(verification(295, 218.1))));

        assertThat(medians).singleElement().satisfies(f -> {
            assertThat(f.p99Ms()).isEqualTo(218.1);
            assertThat(f.value()).isEqualTo(295);
            assertThat(f.met()).isFalse();
            assertThat(f.how()).endsWith("median of 3 runs: p99 210 ms, p99 218 ms, p99 368 ms");
        });
    }
}
