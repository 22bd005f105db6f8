package kz.dvp.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads and writes catalogue events as CloudEvents 1.0 in Kafka binary mode: context attributes as
 * {@code ce_*} headers, the event record as a JSON body. Thread-safe.
 */
public final class EventCodec {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";

    /** Header names of the Kafka protocol binding of CloudEvents. */
    public static final String H_SPECVERSION = "ce_specversion";
    public static final String H_ID = "ce_id";
    public static final String H_TYPE = "ce_type";
    public static final String H_SOURCE = "ce_source";
    public static final String H_SUBJECT = "ce_subject";
    public static final String H_TIME = "ce_time";
    public static final String H_CONTENT_TYPE = "content-type";

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new SimpleModule().addDeserializer(Instant.class, new EventInstants()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DATE_TIMESTAMPS_AS_NANOSECONDS)
            // Changes are additive: a newer producer may add fields an older consumer does not know.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** The JSON body of an event. */
    public byte[] body(DvpEvent event) {
        try {
            return json.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new EventFormatException("Cannot serialize " + event.getClass().getSimpleName(), e);
        }
    }

    /** The binary-mode headers of an event, in a stable order. */
    public Map<String, String> headers(CloudEvent event) {
        return headers(event.id(), event.type().type(), event.source(), event.subject(), event.time());
    }

    /** The binary-mode headers from the attributes alone, for relays that hold the body as stored bytes. */
    public Map<String, String> headers(UUID id, String type, String source, String subject, Instant time) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(H_SPECVERSION, SPEC_VERSION);
        headers.put(H_ID, id.toString());
        headers.put(H_TYPE, type);
        headers.put(H_SOURCE, source);
        headers.put(H_SUBJECT, subject);
        headers.put(H_TIME, time.toString());
        headers.put(H_CONTENT_TYPE, CONTENT_TYPE);
        return headers;
    }

    /** Reads a record's headers and body back into an event; any defect is an {@link EventFormatException}. */
    public CloudEvent decode(Map<String, String> headers, byte[] body) {
        EventType type = EventType.ofType(required(headers, H_TYPE));
        if (!SPEC_VERSION.equals(headers.get(H_SPECVERSION))) {
            throw new EventFormatException("Unsupported CloudEvents spec version: " + headers.get(H_SPECVERSION));
        }
        try {
            UUID id = UUID.fromString(required(headers, H_ID));
            Instant time = EventInstants.parse(required(headers, H_TIME));
            DvpEvent data = data(type, body);
            return new CloudEvent(id, required(headers, H_SOURCE), required(headers, H_SUBJECT), time, data);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new EventFormatException("Malformed CloudEvents attribute: " + e.getMessage(), e);
        }
    }

    /** Reads a JSON body as the record of the given type. */
    public DvpEvent data(EventType type, byte[] body) {
        if (body == null) {
            throw new EventFormatException("Empty body for " + type.type());
        }
        try {
            return json.readValue(body, type.recordClass());
        } catch (JsonMappingException e) {
            // Name the field, never the value, and drop the cause: a rejected body may hold personal data.
            throw new EventFormatException("Body is not a valid " + type.type() + ": field '" + path(e)
                    + "' is missing or malformed");
        } catch (IOException e) {
            throw new EventFormatException("Body of " + type.type() + " is not well-formed JSON");
        }
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    /** Convenience for tests and tools: the body as UTF-8 text. */
    public String bodyText(DvpEvent event) {
        return new String(body(event), StandardCharsets.UTF_8);
    }

    private static String required(Map<String, String> headers, String name) {
        String value = headers.get(name);
        if (value == null || value.isBlank()) {
            throw new EventFormatException("Missing CloudEvents header " + name);
        }
        return value;
    }
}
