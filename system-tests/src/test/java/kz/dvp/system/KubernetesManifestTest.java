package kz.dvp.system;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manifests quarkus-kubernetes generates when a service is packaged: stateless replicas with health probes,
 * bounded resources, settings from the shared ConfigMap and the service's Secret, migrations in a Job.
 */
class KubernetesManifestTest {

    private static final Path REPOSITORY = Path.of(System.getProperty("dvp.repository", ".."));
    static final List<PlatformServices> SERVICES = PlatformServices.ALL;

    @ParameterizedTest
    @FieldSource("SERVICES")
    @SuppressWarnings("unchecked")
    void deploymentIsReplicatedProbedBoundedAndConfiguredFromTheEnvironment(PlatformServices service) throws IOException {
        List<Map<String, Object>> resources = manifests(service);
        Map<String, Object> deployment = kind(resources, "Deployment");
        Map<String, Object> spec = (Map<String, Object>) deployment.get("spec");
        assertThat((Integer) spec.get("replicas")).isGreaterThanOrEqualTo(2);
        Map<String, Object> container = ((List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>)
                spec.get("template")).get("spec")).get("containers")).get(0);

        assertThat(probePath(container, "readinessProbe")).isEqualTo("/q/health/ready");
        assertThat(probePath(container, "livenessProbe")).isEqualTo("/q/health/live");
        assertThat(((List<Map<String, Object>>) container.get("ports")).get(0)).containsEntry("containerPort", service.port());
        Map<String, Object> limits = (Map<String, Object>) ((Map<String, Object>) container.get("resources")).get("limits");
        assertThat(limits).containsKeys("memory", "cpu");
        String javaOptions = ((List<Map<String, Object>>) container.get("env")).stream()
                .filter(e -> e.get("name").equals("JAVA_OPTS_APPEND")).findFirst().orElseThrow().get("value").toString();
        assertThat(MemoryLimit.besideHeapMb(javaOptions, limits.get("memory").toString()))
                .as("MB the limit leaves beside the heap").isGreaterThanOrEqualTo(MemoryLimit.OFF_HEAP_MB);
        assertThat(container.get("envFrom").toString()).contains("name=" + service.name() + "-secrets")
                .contains("name=dvp-platform");
        assertThat(kind(resources, "Service")).isNotNull();
        assertThat(kind(resources, "Job").toString()).contains("QUARKUS_FLYWAY_ACTIVE");
    }

    @SuppressWarnings("unchecked")
    private static String probePath(Map<String, Object> container, String probe) {
        return (String) ((Map<String, Object>) ((Map<String, Object>) container.get(probe)).get("httpGet")).get("path");
    }

    private static Map<String, Object> kind(List<Map<String, Object>> resources, String kind) {
        return resources.stream().filter(r -> kind.equals(r.get("kind"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " generated"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> manifests(PlatformServices service) throws IOException {
        Path file = REPOSITORY.resolve(service.name()).resolve("target/kubernetes/kubernetes.yml");
        assertThat(file).as("packaged before the system tests").exists();
        List<Map<String, Object>> resources = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            new Yaml().loadAll(reader).forEach(r -> resources.add((Map<String, Object>) r));
        }
        return resources;
    }
}
