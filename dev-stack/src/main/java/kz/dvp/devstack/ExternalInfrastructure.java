package kz.dvp.devstack;

import java.net.URI;

/**
 * Servers that already run elsewhere: {@code DVP_PG_URL} (e.g. {@code postgresql://user:secret@db:5432})
 * and {@code DVP_KAFKA_BOOTSTRAP} (e.g. {@code kafka:9092}). Nothing is started or stopped.
 */
public final class ExternalInfrastructure implements Infrastructure {

    private final PostgresEndpoint postgres;
    private final String kafkaBootstrap;

    public ExternalInfrastructure(String pgUrl, String kafkaBootstrap) {
        URI uri = URI.create(pgUrl.replaceFirst("^jdbc:", ""));
        String[] credentials = uri.getUserInfo() == null ? new String[] {"postgres", "postgres"}
                : uri.getUserInfo().split(":", 2);
        this.postgres = new PostgresEndpoint(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(),
                credentials[0], credentials.length > 1 ? credentials[1] : "");
        this.kafkaBootstrap = kafkaBootstrap;
    }

    @Override
    public PostgresEndpoint postgres() {
        return postgres;
    }

    @Override
    public void createDatabase(String name) {
        Databases.create(postgres, name);
    }

    @Override
    public String kafkaBootstrap() {
        return kafkaBootstrap;
    }

    @Override
    public void stopKafka() {
        throw new UnsupportedOperationException("An external broker is not ours to stop");
    }

    @Override
    public void startKafka() {
        throw new UnsupportedOperationException("An external broker is not ours to start");
    }

    @Override
    public void stopPostgres() {
        throw new UnsupportedOperationException("An external database is not ours to stop");
    }

    @Override
    public void startPostgres() {
        throw new UnsupportedOperationException("An external database is not ours to start");
    }

    @Override
    public void close() {
        // not ours
    }
}
