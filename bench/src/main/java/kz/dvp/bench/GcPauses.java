package kz.dvp.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's garbage-collection pauses so far, young and full, from its Micrometer metrics ({@code /q/metrics},
 * {@code jvm_gc_pause_seconds}): a full collection that falls in a short phase can decide its p99.
 */
record GcPauses(long young, double youngMs, long full, double fullMs) {

    static final GcPauses NONE = new GcPauses(0, 0, 0, 0);

    /** One series of the summary: {@code jvm_gc_pause_seconds_count{action="end of minor GC",...} 3.0}. */
    private static final Pattern SERIES = Pattern.compile(
            "^jvm_gc_pause_seconds_(count|sum)\\{[^}]*action=\"end of (minor|major) GC\"[^}]*} (\\S+)$", Pattern.MULTILINE);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    /** The pauses of the service at {@code baseUrl}; {@link #NONE} when it does not answer (stopped, restarting). */
    static GcPauses of(String baseUrl) {
        try {
            HttpResponse<String> metrics = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/metrics"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            return metrics.statusCode() == 200 ? parse(metrics.body()) : NONE;
        } catch (java.io.IOException e) {
            return NONE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return NONE;
        }
    }

    /** Sums the series of Prometheus text by kind of collection, over every cause and collector. */
    static GcPauses parse(String prometheusText) {
        long young = 0;
        double youngMs = 0;
        long full = 0;
        double fullMs = 0;
        Matcher series = SERIES.matcher(prometheusText);
        while (series.find()) {
            double value = Double.parseDouble(series.group(3));
            boolean minor = series.group(2).equals("minor");
            if (series.group(1).equals("count")) {
                if (minor) {
                    young += (long) value;
                } else {
                    full += (long) value;
                }
            } else if (minor) {
                youngMs += 1000 * value;
            } else {
                fullMs += 1000 * value;
            }
        }
        return new GcPauses(young, youngMs, full, fullMs);
    }

    /** The pauses between {@code before} and this. */
    GcPauses since(GcPauses before) {
        return new GcPauses(young - before.young, youngMs - before.youngMs, full - before.full, fullMs - before.fullMs);
    }

    /** E.g. "GC paused 212 ms (23 young, 1 full of 131 ms)". */
    String describe() {
        return String.format(Locale.ROOT, "GC paused %.0f ms (%d young, %d full%s)", youngMs + fullMs, young, full,
                full == 0 ? "" : String.format(Locale.ROOT, " of %.0f ms", fullMs));
    }
}
