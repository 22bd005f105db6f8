package kz.dvp.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A packaged DVP service ({@code target/quarkus-app/quarkus-run.jar}) running as its own JVM, configured
 * through environment variables as in a container, for the local run and the system tests.
 */
public final class ServiceProcess implements AutoCloseable {

    /**
     * Each service's JVM, unless -Ddvp.service.jvm-options says otherwise: a heap sized to what a service holds
     * under load, and the serial collector (one core each, no parallel GC threads).
     */
    static final String JVM_OPTIONS = "-Xmx256m -XX:+UseSerialGC";
    private static final String CLASS_ARCHIVE = "app-cds.jsa";

    private final String name;
    private final int port;
    private final Process process;
    private final Path logFile;
    private final long startedAt = System.nanoTime();

    private ServiceProcess(String name, int port, Process process, Path logFile) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.logFile = logFile;
    }

    /**
     * Starts {@code <repository>/<name>/target/quarkus-app/quarkus-run.jar} with its database created and
     * connection settings passed as environment variables.
     */
    public static ServiceProcess start(Path repository, String name, String database, int port,
                                       Infrastructure infrastructure, Map<String, String> extraEnvironment,
                                       Path logDirectory) {
        Path jar = repository.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw package -DskipTests)");
        }
        infrastructure.createDatabase(database);
        PostgresEndpoint pg = infrastructure.postgres();
        try {
            Files.createDirectories(logDirectory);
            Path logFile = logDirectory.resolve(name + ".log");
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(List.of(System.getProperty("dvp.service.jvm-options", JVM_OPTIONS).trim().split("\\s+")));
            // the class-data archive the build made (AppCDS): the JVM maps the classes it loads at start-up instead
            // of loading them; it must run the jar from its own directory, as at the archive's making
            if (Files.exists(jar.resolveSibling(CLASS_ARCHIVE))) {
                command.add("-XX:SharedArchiveFile=" + CLASS_ARCHIVE);
            }
            command.addAll(List.of("-jar", jar.getFileName().toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(jar.getParent().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.appendTo(logFile.toFile()));
            Map<String, String> env = builder.environment();
            env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
            env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
            env.put("QUARKUS_DATASOURCE_REACTIVE_URL", pg.reactiveUrl(database));
            env.put("QUARKUS_DATASOURCE_JDBC_URL", pg.jdbcUrl(database));
            env.put("QUARKUS_DATASOURCE_USERNAME", pg.user());
            env.put("QUARKUS_DATASOURCE_PASSWORD", pg.password());
            env.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrap());
            // glibc's per-thread malloc arenas otherwise add tens of MB of RSS to a JVM with many threads
            env.putIfAbsent("MALLOC_ARENA_MAX", "2");
            env.putAll(extraEnvironment);
            return new ServiceProcess(name, port, builder.start(), logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    public String name() {
        return name;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    /**
     * Waits until {@code /q/health/ready} answers 200; fails early if the process dies.
     *
     * @return the time from process start to ready
     */
    public Duration awaitReady(Duration timeout) {
        long start = startedAt;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() - start < timeout.toNanos()) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + logFile);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - start);
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(name + " not ready after " + timeout + "; see " + logFile);
    }

    /** SIGKILL: the process dies at once, mid-transaction or mid-send, as in a crash. */
    public void kill() {
        try {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Graceful stop (SIGTERM, Quarkus shuts down cleanly), forced after 30 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
