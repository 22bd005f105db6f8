package kz.dvp.devstack;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * {@code ./dvp up}: the whole platform on this machine, no Docker. PostgreSQL and Kafka from the dev-stack
 * with data under {@code .dvp/data}, then the four packaged services as separate processes; runs until
 * Ctrl-C or {@code ./dvp down} (SIGTERM), then stops everything.
 */
public final class LocalPlatform {

    static final int POSTGRES_PORT = 5432;
    static final int KAFKA_PORT = 9092;
    static final int KAFKA_CONTROLLER_PORT = 9093;
    private static final List<Service> SERVICES = List.of(
            new Service("identity-service", "identity", 8081),
            new Service("org-service", "org", 8082),
            new Service("activity-service", "activity", 8083),
            new Service("passport-service", "passport", 8084));

    private record Service(String name, String database, int port) {
    }

    private LocalPlatform() {
    }

    public static void main(String[] args) throws Exception {
        Path repository = Path.of(args[0]).toAbsolutePath();
        Path home = Path.of(args[1]).toAbsolutePath();
        Running platform = start(repository, home);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the platform ...");
            platform.close();
            System.out.println("Stopped.");
        }, "dvp-down"));
        printTable(platform.services(), home.resolve("data/identity-keys"));
        Thread.currentThread().join();
    }

    /**
     * The platform as started: its infrastructure, services, how long each took to become ready and, for those
     * restarted, how long the old process took to stop.
     */
    public record Running(Path repository, Path home, Infrastructure infrastructure, List<ServiceProcess> services,
                          Map<String, Duration> readyAfter, Map<String, Duration> stoppedAfter) implements AutoCloseable {

        /** Also closed when the JVM is stopped (Ctrl-C), so that no service or server outlives the run. */
        public Running closedOnExit() {
            Runtime.getRuntime().addShutdownHook(new Thread(this::close, "dvp-platform-stop"));
            return this;
        }

        /** Kills a service at once (SIGKILL: no shutdown, nothing flushed), for fault drills. */
        public void kill(String name) {
            service(name).kill();
        }

        /** Starts a service again with its usual settings in place of the old process; waits until it is ready. */
        public Duration restart(String name) {
            ServiceProcess old = service(name);
            long stopping = System.nanoTime();
            old.close();
            stoppedAfter.put(name, Duration.ofNanos(System.nanoTime() - stopping));
            Service service = SERVICES.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
            ServiceProcess started = launch(repository, home, infrastructure, service);
            services.set(services.indexOf(old), started);
            return started.awaitReady(Duration.ofMinutes(3));
        }

        public ServiceProcess service(String name) {
            return services.stream().filter(s -> s.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No service " + name));
        }

        @Override
        public void close() {
            stopAll(services, infrastructure, home);
        }
    }

    /**
     * Starts PostgreSQL, Kafka and the four services on the usual ports with data under {@code home}, and waits
     * until every service is ready. Exits with a clear message when a port is taken.
     */
    public static Running start(Path repository, Path home) throws IOException {
        refuseTakenPorts();
        Files.createDirectories(home);
        Files.writeString(home.resolve("dvp.pid"), Long.toString(ProcessHandle.current().pid()));

        System.out.println("Starting PostgreSQL and Kafka (data in " + home.resolve("data") + ") ...");
        Infrastructure infrastructure = EmbeddedInfrastructure.persistent(home, POSTGRES_PORT, KAFKA_PORT,
                KAFKA_CONTROLLER_PORT);
        List<ServiceProcess> services = new ArrayList<>();
        Running running = new Running(repository, home, infrastructure, services, new LinkedHashMap<>(),
                new LinkedHashMap<>());
        try {
            for (Service service : SERVICES) {
                services.add(launch(repository, home, infrastructure, service));
            }
            System.out.println("Starting the services (logs in " + home.resolve("logs") + ") ...");
            for (ServiceProcess service : services) {
                running.readyAfter().put(service.name(), service.awaitReady(Duration.ofMinutes(3)));
            }
            return running;
        } catch (RuntimeException e) {
            running.close();
            throw e;
        }
    }

    /** Deletes the data a stopped platform kept under {@code home} (PostgreSQL, Kafka, keys); its logs stay. */
    public static void deleteData(Path home) {
        EmbeddedInfrastructure.deleteRecursively(home.resolve("data"));
    }

    /**
     * Starts the platform on scratch data under {@code home} and stops it, if a service would otherwise write its
     * class-data archive during a measurement: such a start is slower (all four at once: 30 s instead of about 20 s
     * in one bench run) and its stop dumps the archive (peak RSS 750-980 MB in that run instead of 300-550 MB).
     */
    public static void trainClassArchives(Path repository, Path home) throws IOException {
        if (SERVICES.stream().noneMatch(s -> ServiceProcess.willTrain(repository, s.name()))) {
            return;
        }
        System.out.println("Writing the services' class-data archives (first start after a build) ...");
        start(repository, home).close();
    }

    private static ServiceProcess launch(Path repository, Path home, Infrastructure infrastructure, Service service) {
        // The "local" profile allows development keys, generated once and kept under the data directory.
        Map<String, String> environment = Map.of("QUARKUS_PROFILE", "local",
                "DVP_IDENTITY_DEV_KEYS_DIR", home.resolve("data/identity-keys").toString(),
                "DVP_CREDENTIALS_DEV_KEYS_DIR", home.resolve("data/credential-keys").toString());
        return ServiceProcess.start(repository, service.name(), service.database(), service.port(), infrastructure,
                environment, home.resolve("logs"));
    }

    private static void refuseTakenPorts() {
        List<String> taken = new ArrayList<>();
        if (FreePorts.inUse(POSTGRES_PORT)) {
            taken.add(POSTGRES_PORT + " (PostgreSQL)");
        }
        if (FreePorts.inUse(KAFKA_PORT) || FreePorts.inUse(KAFKA_CONTROLLER_PORT)) {
            taken.add(KAFKA_PORT + "/" + KAFKA_CONTROLLER_PORT + " (Kafka)");
        }
        SERVICES.stream().filter(s -> FreePorts.inUse(s.port())).forEach(s -> taken.add(s.port() + " (" + s.name() + ")"));
        if (!taken.isEmpty()) {
            System.err.println("Cannot start: port " + String.join(", ", taken) + " already in use on 127.0.0.1."
                    + " Is the platform already running (./dvp status)? Otherwise stop what uses the port.");
            System.exit(2);
        }
    }

    private static void printTable(List<ServiceProcess> services, Path identityKeys) throws IOException {
        System.out.println();
        System.out.printf("%-18s %-24s %s%n", "SERVICE", "URL", "SWAGGER UI");
        for (ServiceProcess service : services) {
            System.out.printf("%-18s %-24s %s%n", service.name(), service.baseUrl(), service.baseUrl() + "/q/swagger-ui");
        }
        System.out.printf("%-18s %-24s%n", "postgresql", "127.0.0.1:" + POSTGRES_PORT + " (user postgres)");
        System.out.printf("%-18s %-24s%n", "kafka", "127.0.0.1:" + KAFKA_PORT);
        Properties devKeys = new Properties();
        try (Reader reader = Files.newBufferedReader(identityKeys.resolve("dev-keys.properties"))) {
            devKeys.load(reader);
        }
        System.out.println();
        System.out.println("Bootstrap national admin: admin / " + devKeys.getProperty("bootstrap-admin")
                + "   (DEVELOPMENT DEFAULT, generated for this machine)");
        System.out.println("  curl -s -d grant_type=password -d username=admin -d password="
                + devKeys.getProperty("bootstrap-admin") + " http://127.0.0.1:8081/oauth2/token");
        System.out.println();
        System.out.println("The platform is up. Ctrl-C or ./dvp down stops it; data stays in .dvp/data.");
    }

    /**
     * The services side by side (each stop takes seconds, more when it writes its class-data archive), then the
     * infrastructure.
     */
    private static void stopAll(List<ServiceProcess> services, Infrastructure infrastructure, Path home) {
        List<Thread> stopping = services.stream().map(s -> new Thread(() -> stop(s), "stop-" + s.name())).toList();
        stopping.forEach(Thread::start);
        for (Thread t : stopping) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        stop(infrastructure);
        try {
            Files.deleteIfExists(home.resolve("dvp.pid"));
        } catch (IOException ignored) {
            // nothing to clean
        }
    }

    private static void stop(AutoCloseable part) {
        try {
            part.close();
        } catch (Exception e) {
            System.err.println("While stopping: " + e);
        }
    }
}
