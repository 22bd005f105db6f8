package kz.dvp.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.dvp.devstack.ServiceProcess;
import kz.dvp.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The four packaged services start as separate processes on the dev-stack, become ready and set up Kafka. */
class PlatformStartupIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static RunningPlatform platform;

    @BeforeAll
    static void platform() throws Exception {
        platform = RunningPlatform.get();
        platform.readyAfter.forEach((service, took) -> System.out.printf(
                "%s ready %d ms after its process started (4 services starting at once on 2 cores)%n", service, took.toMillis()));
    }

    @Test
    void everyServiceServesItsOpenApiDocumentAndSwaggerUi() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (ServiceProcess service : platform.services.values()) {
            HttpResponse<String> openapi = get(service.baseUrl() + "/q/openapi?format=json");
            assertThat(openapi.statusCode()).isEqualTo(200);
            JsonNode document = json.readTree(openapi.body());
            assertThat(document.at("/info/title").asText()).isEqualTo("DVP " + service.name() + " API");
            assertThat(get(service.baseUrl() + "/q/swagger-ui/").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void servicesCreateTheEventTopicsForScaleAndHistory() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.infrastructure.kafkaBootstrap()))) {
            Map<String, TopicDescription> topics = admin.describeTopics(Topics.ALL).allTopicNames().get(30, TimeUnit.SECONDS);
            assertThat(topics.values()).allSatisfy(t -> assertThat(t.partitions()).hasSize(12));

            Map<ConfigResource, Config> configs = admin.describeConfigs(Topics.ALL.stream()
                    .map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t)).toList()).all().get(30, TimeUnit.SECONDS);
            for (String history : List.of(Topics.IDENTITY_VOLUNTEERS, Topics.ORG_ORGANIZATIONS, Topics.ACTIVITY_ACTIVITIES)) {
                assertThat(configs.get(new ConfigResource(ConfigResource.Type.TOPIC, history)).get("retention.ms").value())
                        .as(history).isEqualTo("-1");
            }
            assertThat(configs.get(new ConfigResource(ConfigResource.Type.TOPIC, Topics.PASSPORT_PASSPORTS))
                    .get("cleanup.policy").value()).isEqualTo("compact");
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS))
                    .contains(Topics.deadLetter("activity"), Topics.deadLetter("passport"));
        }
    }

    @Test
    void tokensFromIdentityServiceAreAcceptedByTheOtherServicesThroughItsJwks() throws Exception {
        HttpResponse<String> token = HTTP.send(HttpRequest.newBuilder(URI.create(service("identity-service").baseUrl() + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&username=admin&password="
                        + ProductionConfiguration.ADMIN_PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).isEqualTo(200);
        String accessToken = new ObjectMapper().readTree(token.body()).get("access_token").asText();

        String programme = "{\"code\":\"SYSTEM_TEST_" + System.nanoTime() % 100000 + "\",\"nameKk\":\"Сынақ\","
                + "\"nameRu\":\"Проверка\",\"nameEn\":\"Check\",\"category\":\"CIVIC\"}";
        HttpResponse<String> withToken = post(service("org-service").baseUrl() + "/api/v1/programs", programme, accessToken);
        HttpResponse<String> forged = post(service("org-service").baseUrl() + "/api/v1/programs", programme,
                accessToken.substring(0, accessToken.length() - 4) + "AAAA");

        assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(201);
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private static ServiceProcess service(String name) {
        return platform.services.get(name);
    }

    private static HttpResponse<String> post(String url, String json, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
