package kz.dvp.devstack;

/**
 * A running PostgreSQL server and Kafka broker that services and tests connect to: embedded (the default,
 * no Docker), Testcontainers ({@code -Pcontainers}) or external servers ({@code DVP_PG_URL},
 * {@code DVP_KAFKA_BOOTSTRAP}).
 */
public interface Infrastructure extends AutoCloseable {

    /** How to reach PostgreSQL. */
    PostgresEndpoint postgres();

    /** Creates a database (one per service) if it does not exist yet. */
    void createDatabase(String name);

    /** Kafka bootstrap servers, e.g. {@code 127.0.0.1:9092}. */
    String kafkaBootstrap();

    /** Stops the broker, keeping its data, so that tests can see how the platform rides out an outage. */
    void stopKafka();

    /** Starts the broker again on the same address with the same data. */
    void startKafka();

    /** Stops PostgreSQL, keeping its data, so that tests can see how the services ride out a database outage. */
    void stopPostgres();

    /** Starts PostgreSQL again on the same address with the same data. */
    void startPostgres();

    @Override
    void close();
}
