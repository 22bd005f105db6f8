package kz.dvp.devstack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Gives a service's {@code @QuarkusTest}s real PostgreSQL and Kafka: the JVM's shared
 * {@link TestInfrastructure} and the service's own database (init argument {@code database}).
 */
public class DevStackTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "dvp";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        Infrastructure infrastructure = TestInfrastructure.get();
        infrastructure.createDatabase(database);
        PostgresEndpoint pg = infrastructure.postgres();
        return Map.of(
                "quarkus.datasource.reactive.url", pg.reactiveUrl(database),
                "quarkus.datasource.jdbc.url", pg.jdbcUrl(database),
                "quarkus.datasource.username", pg.user(),
                "quarkus.datasource.password", pg.password(),
                "kafka.bootstrap.servers", infrastructure.kafkaBootstrap());
    }

    @Override
    public void stop() {
        // The infrastructure outlives one Quarkus application: it stops when the test JVM exits.
    }
}
