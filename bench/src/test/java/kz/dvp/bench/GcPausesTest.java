package kz.dvp.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GcPausesTest {

    /** As a service's /q/metrics prints it (Micrometer's Prometheus registry, the serial collector). */
    private static final String METRICS = """
            # TYPE jvm_gc_pause_seconds summary
            # HELP jvm_gc_pause_seconds Time spent in GC pause
            jvm_gc_pause_seconds_count{action="end of major GC",cause="Metadata GC Threshold",gc="MarkSweepCompact"} 1.0
            jvm_gc_pause_seconds_sum{action="end of major GC",cause="Metadata GC Threshold",gc="MarkSweepCompact"} 0.064
            jvm_gc_pause_seconds_count{action="end of major GC",cause="Allocation Failure",gc="MarkSweepCompact"} 2.0
            jvm_gc_pause_seconds_sum{action="end of major GC",cause="Allocation Failure",gc="MarkSweepCompact"} 0.311
            jvm_gc_pause_seconds_count{action="end of minor GC",cause="Allocation Failure",gc="Copy"} 41.0
            jvm_gc_pause_seconds_sum{action="end of minor GC",cause="Allocation Failure",gc="Copy"} 0.402
            # TYPE jvm_gc_pause_seconds_max gauge
            jvm_gc_pause_seconds_max{action="end of major GC",cause="Allocation Failure",gc="MarkSweepCompact"} 0.2
            jvm_gc_pause_seconds_max{action="end of minor GC",cause="Allocation Failure",gc="Copy"} 0.019
            jvm_gc_memory_promoted_bytes_total 5388768.0
            """;

    @Test
    void pausesAreSummedByKindOverEveryCauseAndTheMaximaAreNotCounted() {
        GcPauses pauses = GcPauses.parse(METRICS);

        assertThat(pauses.young()).isEqualTo(41);
        assertThat(pauses.youngMs()).isCloseTo(402, within(0.001));
        assertThat(pauses.full()).isEqualTo(3);
        assertThat(pauses.fullMs()).isCloseTo(375, within(0.001));
    }

    @Test
    void aPhaseShowsOnlyThePausesThatFellInIt() {
        GcPauses before = GcPauses.parse(METRICS);
        GcPauses after = new GcPauses(55, 530.9, 4, 506);

        assertThat(after.since(before).describe()).isEqualTo("GC paused 260 ms (14 young, 1 full of 131 ms)");
        assertThat(before.since(before).describe()).isEqualTo("GC paused 0 ms (0 young, 0 full)");
    }

    @Test
    void aServiceThatDoesNotAnswerHasNoPauses() {
        assertThat(GcPauses.of("http://127.0.0.1:1")).isEqualTo(GcPauses.NONE);
        assertThat(GcPauses.parse("# no collections yet\n")).isEqualTo(GcPauses.NONE);
    }
}
