package kz.dvp.platform.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictJsonTest {

    record Body(String name, Integer hours, Boolean sharing) {
    }

    private final ObjectMapper json = strict();

    @Test
    void wellTypedBodiesInAnyScriptAreRead() throws Exception {
        Body body = json.readValue(utf8("{\"name\":\"Айгүл Сейітова\\nжолы\",\"hours\":8,\"sharing\":true}"), Body.class);
        assertThat(body).isEqualTo(new Body("Айгүл Сейітова\nжолы", 8, true));
    }

    @Test
    void scalarsOfTheWrongTypeAreNotCoerced() {
        for (String wrong : new String[]{"{\"name\":12345}", "{\"name\":true}", "{\"name\":1.5}", "{\"hours\":1.5}",
                "{\"hours\":\"8\"}", "{\"sharing\":2}", "{\"sharing\":\"yes\"}"}) {
            assertThatThrownBy(() -> json.readValue(wrong, Body.class)).as(wrong)
                    .isInstanceOf(MismatchedInputException.class);
        }
    }

    @Test
    void textWithControlCharactersIsRefused() {
        for (String wrong : new String[]{"{\"name\":\"a\\u0000b\"}", "{\"name\":\"bell\\u0007\"}", "{\"name\":\"\\u007f\"}"}) {
            assertThatThrownBy(() -> json.readValue(wrong, Body.class)).as(wrong)
                    .isInstanceOf(MismatchedInputException.class).hasMessageContaining("control characters");
        }
    }

    @Test
    void bodiesThatAreNotUtf8AreRefusedWhateverJacksonWouldMakeOfThem() throws Exception {
        assertThat(new String(new Utf8Check.Utf8Stream(utf8("Қазақстан 🇰🇿 €")).readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("Қазақстан 🇰🇿 €");
        byte[][] broken = {{'"', (byte) 0xC0, (byte) 0xAF, '"'}, // overlong '/', which Jackson would accept
                {'"', (byte) 0x80, '"'}, {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}, // a UTF-16 surrogate
                {'"', (byte) 0xE2, (byte) 0x82}, {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80}};
        for (byte[] bytes : broken) {
            assertThatThrownBy(() -> new Utf8Check.Utf8Stream(new ByteArrayInputStream(bytes)).readAllBytes())
                    .isInstanceOf(Utf8Check.MalformedUtf8Exception.class);
        }
    }

    private static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJson().customize(mapper);
        return mapper;
    }
}
