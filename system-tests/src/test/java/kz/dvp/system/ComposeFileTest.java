package kz.dvp.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No Docker engine runs here, so docker-compose.yml is checked against the services' own configuration:
 * every service, port, database, healthcheck and environment variable must match what the code reads.
 */
class ComposeFileTest {

    private static final Path REPOSITORY = Path.of(System.getProperty("dvp.repository", ".."));
    static final List<PlatformServices> SERVICES = PlatformServices.ALL;
    private static Map<String, Object> compose;

    @BeforeAll
    static void parse() throws IOException {
        try (Reader reader = Files.newBufferedReader(REPOSITORY.resolve("docker-compose.yml"))) {
            compose = new Yaml().load(reader);
        }
    }

    @Test
    void infrastructureIsPostgres17AndKafkaAtTheClientVersionWithHealthchecks() {
        Map<String, Object> postgres = service("postgres");
        Map<String, Object> kafka = service("kafka");

        assertThat(postgres.get("image")).isEqualTo("postgres:17");
        assertThat(kafka.get("image")).isEqualTo("apache/kafka:4.1.2");
        assertThat(map(postgres, "healthcheck").get("test").toString()).contains("pg_isready");
        assertThat(map(kafka, "healthcheck").get("test").toString()).contains("9092");
        assertThat(map(kafka, "environment")).containsEntry("KAFKA_PROCESS_ROLES", "broker,controller")
                .containsEntry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
    }

    @Test
    void initScriptCreatesEveryServiceDatabase() throws IOException {
        String init = Files.readString(REPOSITORY.resolve("docker/postgres-init.sql"));
        assertThat(service("postgres").get("volumes").toString()).contains("./docker/postgres-init.sql:/docker-entrypoint-initdb.d/");

        for (PlatformServices s : SERVICES) {
            assertThat(init).contains("create database " + s.database() + ";");
        }
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void serviceMatchesItsConfiguration(PlatformServices expected) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                REPOSITORY.resolve(expected.name()).resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        Map<String, Object> service = service(expected.name());
        Map<String, Object> env = map(service, "environment");
        String port = properties.getProperty("quarkus.http.port");

        assertThat(port).isEqualTo(Integer.toString(expected.port()));
        assertThat(service.get("ports")).isEqualTo(List.of(port + ":" + port));
        assertThat(env).containsEntry("QUARKUS_HTTP_PORT", port);
        assertThat(lastPathSegment(properties.getProperty("quarkus.datasource.reactive.url"))).isEqualTo(expected.database());
        assertThat(env).containsEntry("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://postgres:5432/" + expected.database())
                .containsEntry("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://postgres:5432/" + expected.database())
                .containsKeys("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092");
        // every variable must override a property the service really has (Quarkus' environment naming)
        Set<String> overridable = properties.stringPropertyNames().stream()
                .map(p -> p.replaceFirst("^%[a-z]+\\.", "").toUpperCase().replaceAll("[^A-Z0-9]", "_")).collect(Collectors.toSet());
        for (String variable : env.keySet()) {
            if ((variable.startsWith("QUARKUS_") || variable.startsWith("KAFKA_") || variable.startsWith("DVP_"))
                    && !variable.equals("QUARKUS_PROFILE")) {
                assertThat(overridable).as(variable).contains(variable);
            }
        }
        if (!expected.name().equals("identity-service")) {
            assertThat(env).containsEntry("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "http://identity-service:8081/.well-known/jwks.json");
            assertThat(map(map(service, "depends_on"), "identity-service")).containsEntry("condition", "service_healthy");
        }
        assertThat(map(service, "healthcheck").get("test").toString()).contains("localhost:" + port + "/q/health/ready");
        assertThat(map(map(service, "depends_on"), "postgres")).containsEntry("condition", "service_healthy");
        assertThat(map(map(service, "depends_on"), "kafka")).containsEntry("condition", "service_healthy");
        Object limit = map(map(map(service, "deploy"), "resources"), "limits").get("memory");
        assertThat(MemoryLimit.besideHeapMb(env.get("JAVA_OPTS_APPEND").toString(), String.valueOf(limit)))
                .as("MB the limit leaves beside the heap").isGreaterThanOrEqualTo(MemoryLimit.OFF_HEAP_MB);
        assertThat(map(service, "build")).containsEntry("context", "./" + expected.name())
                .containsEntry("dockerfile", "src/main/docker/Dockerfile.jvm");
        assertThat(REPOSITORY.resolve(expected.name()).resolve("src/main/docker/Dockerfile.jvm")).exists();
    }

    private static String lastPathSegment(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static Map<String, Object> service(String name) {
        return map(map(compose, "services"), name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        assertThat(parent).containsKey(key);
        return (Map<String, Object>) parent.get(key);
    }
}
