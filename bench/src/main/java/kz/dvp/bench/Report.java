package kz.dvp.bench;

import com.fasterxml.jackson.databind.SerializationFeature;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes a run's figures as JSON, a Markdown table and two charts under bench/results. */
final class Report {

    private Report() {
    }

    static Path write(Path results, String stamp, Map<String, Object> run, List<Figure> figures) throws IOException {
        Files.createDirectories(results);
        Map<String, Object> json = new LinkedHashMap<>(run);
        json.put("figures", figures);
        Api.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(results.resolve(stamp + ".json").toFile(), json);
        String table = markdown(figures);
        Files.writeString(results.resolve(stamp + ".md"), "# Benchmark " + stamp + "\n\n" + run.get("command") + "\n\n"
                + table);
        throughputChart(figures, results.resolve(stamp + "-throughput.png"));
        latencyChart(figures, results.resolve(stamp + "-latency.png"));
        return results.resolve(stamp + ".md");
    }

    /**
     * Figure by figure, the run with the median of what the goal is about (the lower middle one for an even
     * count), its percentiles and verdict as measured, and every run's value in its description. The goal is
     * about the p99 when it names only a p99 (verification → passport, whose rate is what was offered and
     * answered); otherwise about the value.
     */
    static List<Figure> medians(List<List<Figure>> runs) {
        List<Figure> medians = new ArrayList<>();
        for (Figure first : runs.get(0)) {
            List<Figure> same = new ArrayList<>();
            runs.forEach(run -> run.stream().filter(f -> f.name().equals(first.name())).findFirst().ifPresent(same::add));
            boolean onP99 = first.goal() != null && first.goal().startsWith("p99") && first.p99Ms() != null;
            same.sort(Comparator.comparingDouble(f -> onP99 ? f.p99Ms() : f.value()));
            Figure median = same.get((same.size() - 1) / 2);
            String values = same.stream().map(f -> onP99 ? "p99 " + round(f.p99Ms()) + " ms" : round(f.value()))
                    .collect(Collectors.joining(", "));
            medians.add(new Figure(median.name(), median.value(), median.unit(), median.p50Ms(), median.p99Ms(),
                    median.goal(), median.met(), median.how() + "; median of " + same.size() + " runs: " + values));
        }
        return medians;
    }

    static String markdown(List<Figure> figures) {
        StringBuilder md = new StringBuilder("| figure | measured | p50 | p99 | goal | met |\n|---|---|---|---|---|---|\n");
        for (Figure f : figures) {
            md.append(String.format(Locale.ROOT, "| %s | %s %s | %s | %s | %s | %s |%n", f.name(), round(f.value()), f.unit(),
                    f.p50Ms() == null ? "" : round(f.p50Ms()) + " ms", f.p99Ms() == null ? "" : round(f.p99Ms()) + " ms",
                    f.goal(), f.met() == null ? "—" : f.met() ? "yes" : "**no**"));
        }
        return md.toString();
    }

    private static String round(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private static void throughputChart(List<Figure> figures, Path file) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        figures.stream().filter(f -> f.unit().endsWith("/s") && f.value() >= 1)
                .forEach(f -> data.addValue(f.value(), "per second", f.name()));
        JFreeChart chart = ChartFactory.createBarChart("Throughput (log scale)", null, "per second", data,
                PlotOrientation.HORIZONTAL, false, false, false);
        LogarithmicAxis axis = new LogarithmicAxis("per second");
        axis.setStrictValuesFlag(false);
        chart.getCategoryPlot().setRangeAxis(axis);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, 1000, 520);
    }

    private static void latencyChart(List<Figure> figures, Path file) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Figure f : figures) {
            if (f.p99Ms() != null && f.p50Ms() > 0) {
                data.addValue(f.p50Ms(), "p50", f.name());
                data.addValue(f.p99Ms(), "p99", f.name());
            }
        }
        JFreeChart chart = ChartFactory.createBarChart("Latency percentiles (ms, log scale)", null, "ms", data,
                PlotOrientation.HORIZONTAL, true, false, false);
        LogarithmicAxis axis = new LogarithmicAxis("ms");
        axis.setAllowNegativesFlag(false);
        axis.setStrictValuesFlag(false);
        chart.getCategoryPlot().setRangeAxis(axis);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, 1000, 520);
    }
}
