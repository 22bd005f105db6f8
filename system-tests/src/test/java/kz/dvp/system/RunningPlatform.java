package kz.dvp.system;

import kz.dvp.devstack.FreePorts;
import kz.dvp.devstack.Infrastructure;
import kz.dvp.devstack.ServiceProcess;
import kz.dvp.devstack.TestInfrastructure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The four packaged services, started once per test JVM as separate processes in their production
 * configuration on the dev-stack PostgreSQL and Kafka, and stopped when the JVM exits. Every system test
 * drives this one platform, as users would share it.
 */
final class RunningPlatform {

    static final Path REPOSITORY = Path.of(System.getProperty("dvp.repository", ".."));
    private static RunningPlatform instance;

    final Infrastructure infrastructure;
    final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    final Map<String, Duration> readyAfter = new LinkedHashMap<>();
    final ProductionConfiguration configuration;

    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Path logs;

    private RunningPlatform() throws IOException {
        infrastructure = TestInfrastructure.get();
        logs = Files.createDirectories(REPOSITORY.resolve("system-tests/target/service-logs"));
        PlatformServices.ALL.forEach(s -> ports.put(s.name(), FreePorts.pick()));
        configuration = new ProductionConfiguration(ports);
        for (PlatformServices service : PlatformServices.ALL) {
            services.put(service.name(), launch(service));
        }
        services.values().forEach(s -> readyAfter.put(s.name(), s.awaitReady(Duration.ofSeconds(180))));
    }

    static synchronized RunningPlatform get() throws IOException {
        if (instance == null) {
            instance = new RunningPlatform();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> instance.services.values().forEach(ServiceProcess::close)));
        }
        return instance;
    }

    /** Kills a service with SIGKILL (no shutdown at all, as in a crash), starts it again and waits until it is ready. */
    Duration killAndRestart(String name) {
        services.get(name).kill();
        PlatformServices service = PlatformServices.ALL.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        services.put(name, launch(service));
        return services.get(name).awaitReady(Duration.ofSeconds(180));
    }

    private ServiceProcess launch(PlatformServices service) {
        return ServiceProcess.start(REPOSITORY, service.name(), service.database(), ports.get(service.name()),
                infrastructure, configuration.environment(service.name()), logs);
    }

    String url(String service) {
        return services.get(service).baseUrl();
    }
}
