package kz.dvp.events;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/asyncapi.yaml must describe exactly what this module defines. */
class AsyncApiDocumentTest {

    private static final Path DOCUMENT = Path.of(System.getProperty("dvp.asyncapi", "../docs/asyncapi.yaml"));
    private static Map<String, Object> asyncApi;

    @BeforeAll
    static void parse() throws IOException {
        try (Reader reader = Files.newBufferedReader(DOCUMENT)) {
            asyncApi = new Yaml().load(reader);
        }
    }

    @Test
    void isAnAsyncApi3DocumentWithOneChannelPerTopic() {
        assertThat(asyncApi.get("asyncapi")).isEqualTo("3.0.0");
        Map<String, Object> channels = map(asyncApi, "channels");

        assertThat(channels.values().stream().map(c -> (String) map(c).get("address")).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(Topics.ALL);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventIsAMessageOfItsTopicsChannelWithItsSchema(EventType type) {
        String name = type.recordClass().getSimpleName();
        Map<String, Object> message = map(map(map(asyncApi, "components"), "messages"), name);
        Map<String, Object> channel = map(asyncApi, "channels").values().stream().map(AsyncApiDocumentTest::map)
                .filter(c -> type.topic().equals(c.get("address"))).findFirst().orElseThrow();

        assertThat(message.get("name")).isEqualTo(type.type());
        assertThat(map(channel, "messages")).containsKey(name);
        String payloadRef = (String) map(message, "payload").get("$ref");
        assertThat(payloadRef).endsWith(type.type() + ".json");
        assertThat(DOCUMENT.getParent().resolve(payloadRef).normalize()).exists();
    }

    @Test
    void documentsNoMessageTheModuleDoesNotDefine() {
        assertThat(map(map(asyncApi, "components"), "messages").keySet()).hasSize(EventType.values().length);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object parent, String key) {
        Object value = ((Map<String, Object>) parent).get(key);
        assertThat(value).as(key).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
