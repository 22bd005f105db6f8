package kz.dvp.bench;

import kz.dvp.devstack.ServiceProcess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The largest resident set (VmRSS) each service reached, sampled every half second while the load runs. */
final class Footprint implements AutoCloseable {

    private final Map<String, Long> peakKb = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();

    Footprint(List<ServiceProcess> services) {
        sampler.scheduleAtFixedRate(() -> services.forEach(s ->
                peakKb.merge(s.name(), rssKb(s.pid()), Math::max)), 0, 500, TimeUnit.MILLISECONDS);
    }

    Map<String, Long> peakMb() {
        Map<String, Long> mb = new java.util.TreeMap<>();
        peakKb.forEach((service, kb) -> mb.put(service, kb / 1024));
        return mb;
    }

    static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0; // not Linux, or the process is gone
        }
        return 0;
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
