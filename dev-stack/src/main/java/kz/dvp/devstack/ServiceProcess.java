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
import java.nio.file.StandardCopyOption;
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
     * under load, and the serial collector (one core each, no parallel GC threads). Metaspace may reach 96 MB
     * before its first collection: from the default 21 MB, each service stopped for a full collection while starting
     * (52-73 ms alone, 264-373 ms with the four starting at once; -Xlog:gc), only to find every class still in use.
     */
    static final String JVM_OPTIONS = "-Xmx256m -XX:+UseSerialGC -XX:MetaspaceSize=96m";
    /** Quarkus's class-data archive (AppCDS), made at packaging: the classes loaded up to the end of static init. */
    private static final String PACKAGED_ARCHIVE = "app-cds.jsa";
    /**
     * A class-data archive that a service's JVM writes when it stops cleanly after starting without an up to date
     * one: every class it loaded by then, including those of runtime init (Hibernate, Flyway, Kafka clients, Netty)
     * that the packaged archive lacks. passport-service alone was ready in 3.1-3.8 s with it, in 3.9-4.7 s with the
     * packaged one, with about 1.1 s less CPU (five starts each, alternating, on an idle platform). The run that
     * writes it starts without either (the JVM cannot extend an archive that is not its base one), and its stop
     * takes a few seconds more. -Ddvp.service.train-class-archive=false: the packaged archive only.
     */
    static final String TRAINED_ARCHIVE = "app-cds-trained.jsa";

    private final String name;
    private final int port;
    private final Process process;
    private final Path logFile;
    private final Path training;
    private final long startedAt = System.nanoTime();

    private ServiceProcess(String name, int port, Process process, Path logFile, Path training) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.logFile = logFile;
        this.training = training;
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
            // a class-data archive: the JVM maps the classes it loads at start-up instead of loading and verifying
            // them; it must run the jar from its own directory, as when the archive was made
            Path training = null;
            Path trained = jar.resolveSibling(TRAINED_ARCHIVE);
            if (upToDate(trained, jar)) {
                command.add("-XX:SharedArchiveFile=" + TRAINED_ARCHIVE);
            } else if (trainingEnabled()) {
                // the JVM's notes on the classes it cannot archive would fill the log
                training = trained.resolveSibling(TRAINED_ARCHIVE + "." + ProcessHandle.current().pid() + "-"
                        + System.nanoTime() + ".part");
                command.addAll(List.of("-XX:ArchiveClassesAtExit=" + training.getFileName(), "-Xlog:cds=error"));
            } else if (Files.exists(jar.resolveSibling(PACKAGED_ARCHIVE))) {
                command.add("-XX:SharedArchiveFile=" + PACKAGED_ARCHIVE);
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
            return new ServiceProcess(name, port, builder.start(), logFile, training);
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
        keepTrainedArchive(false);
    }

    /** Graceful stop (SIGTERM, Quarkus shuts down cleanly), forced after 60 s. */
    @Override
    public void close() {
        process.destroy();
        boolean clean = false;
        try {
            // a JVM writing its class-data archive (a few seconds) is still stopping cleanly
            clean = process.waitFor(60, TimeUnit.SECONDS);
            if (!clean) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        keepTrainedArchive(clean);
    }

    /** The archive this run wrote, in place of the old one if complete (a killed JVM leaves none or half of one). */
    private void keepTrainedArchive(boolean clean) {
        if (training == null) {
            return;
        }
        try {
            if (clean && Files.exists(training) && Files.size(training) > 0) {
                Files.move(training, training.resolveSibling(TRAINED_ARCHIVE), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(training);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep " + training, e);
        }
    }

    /** Whether the next start of {@code name} writes a trained class-data archive (none up to date yet). */
    public static boolean willTrain(Path repository, String name) {
        Path jar = repository.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        return trainingEnabled() && !upToDate(jar.resolveSibling(TRAINED_ARCHIVE), jar);
    }

    private static boolean trainingEnabled() {
        return Boolean.parseBoolean(System.getProperty("dvp.service.train-class-archive", "true"));
    }

    /** Made after the jar: packaging rewrites {@code quarkus-run.jar}, and a rebuilt service's classes differ. */
    static boolean upToDate(Path archive, Path jar) {
        try {
            return Files.exists(archive) && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
