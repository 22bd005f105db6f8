package kz.dvp.devstack;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The same servers from Testcontainers ({@code postgres:17}, {@code apache/kafka:4.1.2}), for machines with
 * Docker ({@code -Pcontainers}). The Testcontainers jars are only on the classpath in that profile.
 */
public final class ContainerInfrastructure implements Infrastructure {

    private final PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:17");
    // Fixed host port mapping is not possible with Testcontainers, so a restart keeps the container (pause).
    private final KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.2");

    public ContainerInfrastructure() {
        postgres.withCommand("postgres", "-c", "max_connections=300").start();
        kafka.start();
    }

    @Override
    public PostgresEndpoint postgres() {
        return new PostgresEndpoint(postgres.getHost(), postgres.getFirstMappedPort(), postgres.getUsername(),
                postgres.getPassword());
    }

    @Override
    public void createDatabase(String name) {
        Databases.create(postgres(), name);
    }

    @Override
    public String kafkaBootstrap() {
        return kafka.getBootstrapServers();
    }

    @Override
    public void stopKafka() {
        kafka.getDockerClient().pauseContainerCmd(kafka.getContainerId()).exec();
    }

    @Override
    public void startKafka() {
        kafka.getDockerClient().unpauseContainerCmd(kafka.getContainerId()).exec();
    }

    @Override
    public void stopPostgres() {
        postgres.getDockerClient().pauseContainerCmd(postgres.getContainerId()).exec();
    }

    @Override
    public void startPostgres() {
        postgres.getDockerClient().unpauseContainerCmd(postgres.getContainerId()).exec();
    }

    @Override
    public void close() {
        kafka.stop();
        postgres.stop();
    }
}
