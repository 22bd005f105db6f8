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

    private RunningPlatform() throws IOException {
        infrastructure = TestInfrastructure.get();
        Path logs = Files.createDirectories(REPOSITORY.resolve("system-tests/target/service-logs"));
        Map<String, Integer> ports = new LinkedHashMap<>();
        PlatformServices.ALL.forEach(s -> ports.put(s.name(), FreePorts.pick()));
        configuration = new ProductionConfiguration(ports);
        for (PlatformServices service : PlatformServices.ALL) {
            services.put(service.name(), ServiceProcess.start(REPOSITORY, service.name(), service.database(),
                    ports.get(service.name()), infrastructure, configuration.environment(service.name()), logs));
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

    String url(String service) {
        return services.get(service).baseUrl();
    }
}
