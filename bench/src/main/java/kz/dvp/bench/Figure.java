package kz.dvp.bench;

/**
 * One measured figure: its value and unit, latency percentiles where there are some, the goal it is held to,
 * and whether it met it (null when the figure is a reference or its goal is not measurable in this run).
 */
public record Figure(String name, double value, String unit, Double p50Ms, Double p99Ms, String goal, Boolean met,
                     String how) {
}
