package kz.dvp.events;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCodecTest {

    private final EventCodec codec = new EventCodec();
    private final CloudEvent verified = CloudEvent.of("/dvp/activity-service", SampleEvents.sample(EventType.ACTIVITY_VERIFIED));

    @Test
    void headersCarryTheCloudEventsAttributesInBinaryMode() {
        Map<String, String> headers = codec.headers(verified);

        assertThat(headers).containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_type", "kz.dvp.activity.verified.v1")
                .containsEntry("ce_source", "/dvp/activity-service")
                .containsEntry("ce_id", verified.id().toString())
                .containsEntry("ce_subject", verified.data().aggregateId().toString())
                .containsEntry("ce_time", "2026-05-01T06:30:00Z")
                .containsEntry("content-type", "application/json");
    }

    @Test
    void decodeReadsBackTheSameEvent() {
        CloudEvent decoded = codec.decode(codec.headers(verified), codec.body(verified.data()));

        assertThat(decoded).isEqualTo(verified);
    }

    @Test
    void subjectIsTheAggregateIdSoTheKeyKeepsOnePassportInOrder() {
        ActivityVerified data = (ActivityVerified) verified.data();

        assertThat(verified.subject()).isEqualTo(data.volunteerId().toString());
    }

    @Test
    void unknownTypeIsAFormatError() {
        Map<String, String> headers = new HashMap<>(codec.headers(verified));
        headers.put("ce_type", "kz.dvp.activity.teleported.v1");

        assertThatThrownBy(() -> codec.decode(headers, codec.body(verified.data())))
                .isInstanceOf(UnknownEventTypeException.class)
                .hasMessageContaining("teleported");
    }

    @Test
    void missingHeaderIsAFormatError() {
        Map<String, String> headers = new HashMap<>(codec.headers(verified));
        headers.remove("ce_id");

        assertThatThrownBy(() -> codec.decode(headers, codec.body(verified.data())))
                .isInstanceOf(EventFormatException.class)
                .hasMessageContaining("ce_id");
    }

    @Test
    void malformedBodyIsAFormatErrorThatDoesNotQuoteTheBody() {
        byte[] garbage = "{\"volunteerId\": \"Айгүл Сейітова 900101300012\"".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> codec.decode(codec.headers(verified), garbage))
                .isInstanceOf(EventFormatException.class)
                .hasMessageContaining("volunteerId")
                .hasNoCause()
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("900101300012").doesNotContain("Айгүл"));
    }

    @Test
    void missingPrimitiveFieldIsRejectedRatherThanReadAsZero() {
        byte[] noBirthYear = ("{\"volunteerId\":\"" + verified.data().aggregateId() + "\",\"region\":\"KZ-71\"}")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> codec.data(EventType.PASSPORT_UPDATED, noBirthYear))
                .isInstanceOf(EventFormatException.class);
    }

    @Test
    void instantsWithAnOffsetOrAFractionReadAsTheSameInstant() {
        String body = new String(codec.body(verified.data()), StandardCharsets.UTF_8);

        for (String same : new String[] {"2026-05-01T11:30:00+05:00", "2026-05-01T06:30:00.000000000Z", "2026-05-01T06:30:00z"}) {
            Map<String, String> headers = new HashMap<>(codec.headers(verified));
            headers.put("ce_time", same);
            byte[] written = body.replace("2026-05-01T06:30:00Z", same).getBytes(StandardCharsets.UTF_8);

            assertThat(codec.decode(headers, written)).as(same).isEqualTo(verified);
        }
    }

    @Test
    void impossibleInstantIsAFormatErrorNamingTheField() {
        byte[] thirteenthMonth = new String(codec.body(verified.data()), StandardCharsets.UTF_8)
                .replace("\"startedAt\":\"2026-05-01T06:30:00Z\"", "\"startedAt\":\"2026-13-01T06:30:00Z\"")
                .getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new HashMap<>(codec.headers(verified));
        headers.put("ce_time", "yesterday");

        assertThatThrownBy(() -> codec.decode(codec.headers(verified), thirteenthMonth))
                .isInstanceOf(EventFormatException.class)
                .hasMessageContaining("'startedAt'");
        assertThatThrownBy(() -> codec.decode(headers, codec.body(verified.data())))
                .isInstanceOf(EventFormatException.class)
                .hasMessageContaining("yesterday");
    }
}
