package kz.dvp.devstack;

/** Address and credentials of a PostgreSQL server. */
public record PostgresEndpoint(String host, int port, String user, String password) {

    /** URL for the Vert.x reactive client, e.g. {@code postgresql://127.0.0.1:5432/identity}. */
    public String reactiveUrl(String database) {
        return "postgresql://" + host + ":" + port + "/" + database;
    }

    /** JDBC URL, used by schema migrations. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }
}
