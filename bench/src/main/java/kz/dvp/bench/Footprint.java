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
import java.util.stream.Stream;

/**
 * The largest resident set (VmRSS) each service reached, sampled every half second while the load runs; and CPU
 * time, per service, per part of the infrastructure and for the whole machine, with each service's GC pauses, to
 * tell what one operation costs where.
 */
final class Footprint implements AutoCloseable {

    /** Linux's USER_HZ: /proc reports CPU time in hundredths of a second. */
    private static final long MILLIS_PER_TICK = 10;

    private final List<ServiceProcess> services;
    private final Map<String, Long> peakKb = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();

    Footprint(List<ServiceProcess> services) {
        this.services = services;
        sampler.scheduleAtFixedRate(() -> services.forEach(s ->
                peakKb.merge(s.name(), rssKb(s.pid()), Math::max)), 0, 500, TimeUnit.MILLISECONDS);
    }

    Map<String, Long> peakMb() {
        Map<String, Long> mb = new java.util.TreeMap<>();
        peakKb.forEach((service, kb) -> mb.put(service, kb / 1024));
        return mb;
    }

    /** The parts of the machine's load that are not a service, as {@link #cpu} tells them apart. */
    static final List<String> PARTS = List.of("PostgreSQL", "Kafka broker", "load client");

    /**
     * CPU time used so far: by each service, by its JIT compiler threads (part of the service's), by each of the
     * {@link #PARTS}, and by the machine (busy and total, all cores); and each service's GC pauses so far.
     */
    record Cpu(Map<String, Long> serviceMillis, Map<String, Long> jitMillis, Map<String, Long> partMillis,
               long machineBusyMillis, long machineTotalMillis, Map<String, GcPauses> gcPauses) {

        /** CPU milliseconds {@code service} spent since {@code before}, per operation. */
        double perOperation(Cpu before, String service, long operations) {
            return (serviceMillis.getOrDefault(service, 0L) - before.serviceMillis.getOrDefault(service, 0L))
                    / (double) Math.max(1, operations);
        }

        /** Share of {@code service}'s CPU time since {@code before} that its JIT compilers took, in per cent. */
        double jitPercent(Cpu before, String service) {
            long all = serviceMillis.getOrDefault(service, 0L) - before.serviceMillis.getOrDefault(service, 0L);
            long jit = jitMillis.getOrDefault(service, 0L) - before.jitMillis.getOrDefault(service, 0L);
            return 100.0 * jit / Math.max(1, all);
        }

        /** {@code service}'s GC pauses since {@code before}. */
        GcPauses gcPauses(Cpu before, String service) {
            return gcPauses.getOrDefault(service, GcPauses.NONE).since(before.gcPauses.getOrDefault(service, GcPauses.NONE));
        }

        /** Share of all cores' time since {@code before} that {@code part} took, in per cent. */
        double partPercent(Cpu before, String part) {
            return 100.0 * (partMillis.getOrDefault(part, 0L) - before.partMillis.getOrDefault(part, 0L))
                    / Math.max(1, machineTotalMillis - before.machineTotalMillis);
        }

        /** Share of all cores busy since {@code before}, in per cent. */
        double machineBusyPercent(Cpu before) {
            return 100.0 * (machineBusyMillis - before.machineBusyMillis)
                    / Math.max(1, machineTotalMillis - before.machineTotalMillis);
        }
    }

    Cpu cpu() {
        Map<String, Long> byService = new java.util.TreeMap<>();
        Map<String, Long> jit = new java.util.TreeMap<>();
        Map<String, GcPauses> gc = new java.util.TreeMap<>();
        for (ServiceProcess s : services) {
            gc.put(s.name(), GcPauses.of(s.baseUrl()));
            Path process = Path.of("/proc/" + s.pid());
            byService.put(s.name(), cpuMillis(process));
            // HotSpot names its compiler threads "C1 CompilerThreadN" and "C2 CompilerThreadN"
            try (Stream<Path> threads = Files.list(process.resolve("task"))) {
                jit.put(s.name(), threads.filter(t -> comm(t).matches("C[12] Compiler.*")).mapToLong(Footprint::cpuMillis).sum());
            } catch (IOException | RuntimeException e) {
                jit.put(s.name(), 0L);
            }
        }
        Map<String, Long> parts = parts();
        long busy = 0;
        long total = 0;
        try {
            String[] ticks = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            for (int i = 1; i < ticks.length && i <= 8; i++) {
                long t = Long.parseLong(ticks[i]);
                total += t;
                busy += i == 4 || i == 5 ? 0 : t; // idle and iowait
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no machine figure
        }
        return new Cpu(byService, jit, parts, busy * MILLIS_PER_TICK, total * MILLIS_PER_TICK, gc);
    }

    /**
     * CPU time of PostgreSQL (its server and backend processes, all named "postgres"), of the Kafka broker's JVM
     * and of this JVM, the load client. A backend that exited during a phase takes its time with it; the services'
     * pooled connections live through the run.
     */
    private static Map<String, Long> parts() {
        Map<String, Long> parts = new java.util.TreeMap<>();
        PARTS.forEach(part -> parts.put(part, 0L));
        parts.put("load client", cpuMillis(Path.of("/proc/self")));
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                String comm = comm(p);
                if (comm.equals("postgres")) {
                    parts.merge("PostgreSQL", cpuMillis(p), Long::sum);
                } else if (comm.equals("java") && commandLine(p).contains("KafkaBrokerProcess")) {
                    parts.merge("Kafka broker", cpuMillis(p), Long::sum);
                }
            });
        } catch (IOException | RuntimeException e) {
            // not Linux: no parts
        }
        return parts;
    }

    private static String commandLine(Path process) {
        try {
            return new String(Files.readAllBytes(process.resolve("cmdline")), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** User and system CPU time of a process or thread ({@code /proc/<pid>} or {@code /proc/<pid>/task/<tid>}). */
    private static long cpuMillis(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the command: state is field 3 of stat(5), utime 14 and stime 15
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * MILLIS_PER_TICK;
        } catch (IOException | RuntimeException e) {
            return 0; // not Linux, or gone
        }
    }

    private static String comm(Path thread) {
        try {
            return Files.readString(thread.resolve("comm")).trim();
        } catch (IOException e) {
            return "";
        }
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
