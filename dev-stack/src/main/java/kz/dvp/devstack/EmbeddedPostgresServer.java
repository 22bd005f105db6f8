package kz.dvp.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** PostgreSQL 17 from the binaries shipped on Maven Central (io.zonky.test), no Docker. */
final class EmbeddedPostgresServer implements AutoCloseable {

    static final String USER = "postgres";
    /** -Ddvp.postgres.statement-statistics=true: PostgreSQL keeps pg_stat_statements (a little slower). */
    static final String STATEMENT_STATISTICS = "dvp.postgres.statement-statistics";

    private final Path dataDirectory;
    private final int port;
    private final boolean disposable;
    private final Path logFile;
    private EmbeddedPostgres server;

    /**
     * @param disposable tests: data removed on close and durability traded for speed; the local run keeps both
     */
    EmbeddedPostgresServer(Path dataDirectory, int port, boolean disposable, Path logFile) {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.disposable = disposable;
        this.logFile = logFile;
    }

    void start() {
        try {
            Files.createDirectories(dataDirectory);
            Files.createDirectories(logFile.getParent());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    // kept on close, so that a stopped server starts again with its data; a disposable
                    // infrastructure deletes its whole directory itself
                    .setCleanDataDirectory(false)
                    // stopped by its owner's close, after the services: zonky's own shutdown hook would stop it at
                    // the same time as LocalPlatform's, while the services are still finishing their work
                    .setRegisterShutdownHook(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // PostgreSQL's defaults are sized for a small shared host (128 MB of buffers, 64 MB to build
                    // an index); a national volume's passports and activities need more. Both are taken as used.
                    .setServerConfig("shared_buffers", "1GB")
                    .setServerConfig("maintenance_work_mem", "256MB")
                    // each database is looked at every 10 s instead of every minute, so the outbox's own vacuum
                    // threshold (platform migration V0_3) is acted on while the relay still meets its dead entries
                    .setServerConfig("autovacuum_naptime", "10s")
                    .setOutputRedirector(Redirect.appendTo(logFile.toFile()))
                    .setErrorRedirector(Redirect.appendTo(logFile.toFile()));
            if (disposable) {
                builder.setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off");
            }
            if (Boolean.getBoolean(STATEMENT_STATISTICS)) {
                // what each statement costs, its planning included (./dvp bench prints it per phase)
                builder.setServerConfig("shared_preload_libraries", "pg_stat_statements")
                        .setServerConfig("pg_stat_statements.track_planning", "on");
            }
            server = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start; see " + logFile, e);
        }
    }

    PostgresEndpoint endpoint() {
        return new PostgresEndpoint("127.0.0.1", port, USER, USER);
    }

    @Override
    public void close() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                server = null;
            }
        }
    }
}
