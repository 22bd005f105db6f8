package kz.dvp.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Real PostgreSQL and Kafka on loopback without Docker. Disposable (tests: free ports, a temporary
 * directory removed on close) or persistent (the local run: fixed ports, data kept in a directory).
 */
public final class EmbeddedInfrastructure implements Infrastructure {

    private final Path home;
    private final boolean disposable;
    private final EmbeddedPostgresServer postgres;
    private final KafkaBroker kafka;

    private EmbeddedInfrastructure(Path home, boolean disposable, int pgPort, int kafkaPort, int controllerPort) {
        this.home = home;
        this.disposable = disposable;
        Path logs = home.resolve("logs");
        this.postgres = new EmbeddedPostgresServer(home.resolve("data/postgres"), pgPort, disposable,
                logs.resolve("postgres.log"));
        this.kafka = new KafkaBroker(home.resolve("data/kafka"), kafkaPort, controllerPort, logs.resolve("kafka.log"));
    }

    /** For tests: free ports and a temporary directory, everything removed on {@link #close()}. */
    public static EmbeddedInfrastructure disposable() {
        try {
            Path home = Files.createTempDirectory("dvp-dev-stack-");
            return start(new EmbeddedInfrastructure(home, true, FreePorts.pick(), FreePorts.pick(), FreePorts.pick()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For the local run: data and logs under {@code home}, kept across restarts. */
    public static EmbeddedInfrastructure persistent(Path home, int pgPort, int kafkaPort, int controllerPort) {
        return start(new EmbeddedInfrastructure(home, false, pgPort, kafkaPort, controllerPort));
    }

    private static EmbeddedInfrastructure start(EmbeddedInfrastructure infrastructure) {
        try {
            infrastructure.postgres.start();
            infrastructure.kafka.start();
            return infrastructure;
        } catch (RuntimeException e) {
            infrastructure.close();
            throw e;
        }
    }

    @Override
    public PostgresEndpoint postgres() {
        return postgres.endpoint();
    }

    @Override
    public void createDatabase(String name) {
        Databases.create(postgres(), name);
    }

    @Override
    public String kafkaBootstrap() {
        return kafka.bootstrap();
    }

    @Override
    public void stopKafka() {
        kafka.stop();
    }

    @Override
    public void startKafka() {
        kafka.start();
    }

    @Override
    public void stopPostgres() {
        postgres.close();
    }

    @Override
    public void startPostgres() {
        postgres.start();
    }

    @Override
    public void close() {
        try {
            kafka.close();
        } finally {
            postgres.close();
            if (disposable) {
                deleteRecursively(home);
            }
        }
    }

    static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
