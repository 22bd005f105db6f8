package kz.dvp.events;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventSchemaTest {

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final EventCodec codec = new EventCodec();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventSerializesToJsonValidAgainstItsSchema(EventType type) throws IOException {
        String json = codec.bodyText(SampleEvents.sample(type));

        assertThat(schema(type).validate(json, InputFormat.JSON)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventRoundTripsThroughJson(EventType type) {
        DvpEvent event = SampleEvents.sample(type);

        assertThat(codec.data(type, codec.body(event))).isEqualTo(event);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemasRejectUndeclaredFieldsAndMissingRequiredOnes(EventType type) throws IOException {
        String json = codec.bodyText(SampleEvents.sample(type));
        String withIin = json.replaceFirst("\\{", "{\"iin\":\"900101300012\",");
        String withoutTime = json.replaceFirst("\"occurredAt\":\"[^\"]+\",?", "").replace(",}", "}");

        List<Error> extra = schema(type).validate(withIin, InputFormat.JSON);
        List<Error> missing = schema(type).validate(withoutTime, InputFormat.JSON);

        assertThat(extra).extracting(Error::getMessage).anyMatch(m -> m.contains("iin"));
        assertThat(missing).extracting(Error::getMessage).anyMatch(m -> m.contains("occurredAt"));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaTitleNamesTheRecord(EventType type) throws IOException {
        try (InputStream in = EventType.class.getResourceAsStream(type.schemaResource())) {
            assertThat(in).as("schema %s", type.schemaResource()).isNotNull();
            assertThat(new String(in.readAllBytes())).contains("\"title\": \"" + type.recordClass().getSimpleName() + "\"");
        }
    }

    private static Schema schema(EventType type) throws IOException {
        try (InputStream in = EventType.class.getResourceAsStream(type.schemaResource())) {
            return SCHEMAS.getSchema(in);
        }
    }
}
