package kz.dvp.system;

import com.fasterxml.jackson.databind.JsonNode;
import kz.dvp.system.AccessPolicy.Caller;
import kz.dvp.system.AccessPolicy.Row;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

import static kz.dvp.system.PlatformCalls.JSON;

/**
 * Requests that must all be refused, generated from the services' own OpenAPI documents: each starts from a
 * valid request of {@link AccessPolicy} (made by a caller the policy lets through, so that it reaches validation)
 * and breaks exactly one thing — a field's type, presence, length, range, format or script, the JSON itself, its
 * encoding, the content type, the body size, a path or query parameter. Randomised defects (garbage text,
 * numbers, lengths) draw from a seeded {@link Random}, so a failing run can be replayed.
 */
final class BadRequests {

    /** Strings that must never reach SQL, HTML or a log unescaped; here they stand where a format is required. */
    static final List<String> INJECTIONS = List.of("' OR '1'='1", "1; DROP TABLE volunteer; --", "\" OR \"\"=\"",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "${jndi:ldap://127.0.0.1/x}", "{{7*7}}",
            "../../../../etc/passwd", "%00", "\u0000", "admin'--", "1 UNION SELECT password_hash FROM account");
    private static final List<String> MALFORMED_JSON = List.of("{", "{\"a\":", "[1,2", "nul", "{\"a\":1,}", "{'a':1}",
            "{\"a\" 1}", "\"unterminated", "{\"a\":01}", "{\"a\":NaN}", "}{");
    private static final List<String> WRONG_CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded");
    /** Bigger than {@code quarkus.http.limits.max-body-size} (20M): must be 413. */
    static final int OVERSIZED = 21 * 1024 * 1024;
    /**
     * Refused by the HTTP layer before any service code (413, or 414 past the 4 KiB request line), with its plain
     * answer and a closed connection; the test sends these on their own connections.
     */
    static final String OVERSIZED_BODY = "oversized body";
    static final String URI_TOO_LONG = "request line over 4 KiB";

    /** One request; {@code defect} says what is wrong with it. */
    record BadRequest(String defect, String method, String service, String path, String token, String contentType,
                      byte[] body) {
        String signature() {
            return method + " " + service + path + " " + contentType + " " + Arrays.hashCode(body) + " " + (body == null ? 0 : body.length);
        }
    }

    private final Map<String, JsonNode> openApi;
    private final Random random;

    BadRequests(Map<String, JsonNode> openApi, long seed) {
        this.openApi = openApi;
        this.random = new Random(seed);
    }

    /** At least {@code atLeast} distinct bad requests (fewer only if the rounds run out of new ones). */
    List<BadRequest> generate(TestWorld world, List<Row> rows, int atLeast) throws Exception {
        List<Valid> valid = new ArrayList<>();
        for (Row row : rows) {
            Caller caller = row.allowed();
            Object body = row.body() == null ? null : row.body().make(world, caller);
            valid.add(new Valid(row, row.concrete(world, caller), world.tokens.get(caller), body));
        }
        Map<String, BadRequest> unique = new LinkedHashMap<>();
        Set<String> oversizedFor = new LinkedHashSet<>();
        for (int round = 0; round < 200 && unique.size() < atLeast; round++) {
            for (Valid request : valid) {
                Consumer<BadRequest> add = bad -> unique.putIfAbsent(bad.signature(), bad);
                pathDefects(request, add);
                queryDefects(request, add);
                if (request.body != null) {
                    bodyDefects(request, add);
                    if (oversizedFor.add(request.row.service())) {
                        add.accept(request.raw(OVERSIZED_BODY, "application/json", oversized()));
                        add.accept(request.at(URI_TOO_LONG, request.path + "?q=" + "x".repeat(5000)));
                    }
                }
            }
        }
        return new ArrayList<>(unique.values());
    }

    /** A request the policy allows, before it is broken. */
    private record Valid(Row row, String path, String token, Object body) {
        BadRequest raw(String defect, String contentType, byte[] bytes) {
            return new BadRequest(defect, row.method(), row.service(), path, token, contentType, bytes);
        }

        BadRequest json(String defect, Object value) {
            try {
                return raw(defect, "application/json", JSON.writeValueAsBytes(value));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        BadRequest at(String defect, String otherPath) {
            try {
                return new BadRequest(defect, row.method(), row.service(), otherPath, token,
                        body == null ? null : "application/json", body == null ? null : JSON.writeValueAsBytes(body));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private void pathDefects(Valid request, Consumer<BadRequest> add) {
        String template = request.row.path();
        int variable = template.lastIndexOf('{');
        if (variable < 0) {
            return;
        }
        String prefix = template.substring(0, variable);
        String suffix = template.substring(template.indexOf('}', variable) + 1);
        List<String> values = new ArrayList<>(List.of("not-a-uuid", "00000000-0000-0000-0000-00000000000g",
                "12345", "-1", "9999999999999999999999", "%20", "%C3%28", "..%2F..%2Fetc%2Fpasswd"));
        values.add(encode(INJECTIONS.get(random.nextInt(INJECTIONS.size()))));
        values.add(encode(garbage(1 + random.nextInt(40))));
        values.add("x".repeat(1000 + random.nextInt(2000))); // long, yet within the 4 KiB request line
        for (String value : values) {
            add.accept(request.at("path parameter " + abbreviate(value), prefix + value + suffix));
        }
    }

    private void queryDefects(Valid request, Consumer<BadRequest> add) {
        JsonNode operation = operation(request.row);
        if (!request.row.method().equals("GET") || operation == null) {
            return;
        }
        for (JsonNode parameter : operation.path("parameters")) {
            if (!parameter.path("in").asText().equals("query")) {
                continue;
            }
            String name = parameter.path("name").asText();
            JsonNode schema = resolve(request.row.service(), parameter.path("schema"));
            for (String value : wrongQueryValues(schema)) {
                String path = request.path.replaceAll("[?&]" + name + "=[^&]*", "");
                path += (path.contains("?") ? "&" : "?") + name + "=" + encode(value);
                add.accept(request.at("query " + name + "=" + abbreviate(value), path));
            }
        }
    }

    private List<String> wrongQueryValues(JsonNode schema) {
        List<String> values = new ArrayList<>();
        String type = schema.path("type").asText();
        if (type.equals("integer") || type.equals("number")) {
            values.addAll(List.of("abc", "1.5e3x", "-" + (1 + random.nextInt(1000)), "99999999999999999999"));
            if (schema.has("maximum")) {
                values.add(String.valueOf(schema.get("maximum").asLong() + 1 + random.nextInt(1000)));
            }
        } else if (schema.has("enum")) {
            values.addAll(List.of("NOT_A_VALUE", INJECTIONS.get(random.nextInt(INJECTIONS.size()))));
        } else if ("uuid".equals(schema.path("format").asText())) {
            values.addAll(List.of("not-a-uuid", INJECTIONS.get(random.nextInt(INJECTIONS.size())), garbage(12)));
        } else if (schema.has("pattern")) {
            values.addAll(List.of(INJECTIONS.get(random.nextInt(INJECTIONS.size())), garbage(1 + random.nextInt(30))));
        } else if ("date".equals(schema.path("format").asText()) || "date-time".equals(schema.path("format").asText())) {
            values.addAll(List.of("yesterday", "2026-02-30", garbage(10)));
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    private void bodyDefects(Valid request, Consumer<BadRequest> add) {
        for (String text : MALFORMED_JSON) {
            add.accept(request.raw("malformed JSON " + text, "application/json", text.getBytes(StandardCharsets.UTF_8)));
        }
        add.accept(request.raw("empty body", "application/json", new byte[0]));
        add.accept(request.json("body is an array", List.of(request.body)));
        add.accept(request.json("body is a string", "text"));
        add.accept(request.json("body is null", null));
        for (String type : WRONG_CONTENT_TYPES) {
            add.accept(request.raw("content type " + type, type, bytes(request.body)));
        }
        add.accept(request.raw("invalid UTF-8", "application/json", invalidUtf8(bytes(request.body))));
        if (!(request.body instanceof Map<?, ?> valid)) {
            return;
        }
        JsonNode schema = requestSchema(request.row);
        if (schema == null) {
            return;
        }
        fieldDefects(request.row.service(), schema, (Map<String, Object>) valid, "",
                (defect, broken) -> add.accept(request.json(defect, broken)));
    }

    /** Breaks each field of an object in turn; {@code emit} gets the whole body with that one field broken. */
    @SuppressWarnings("unchecked")
    private void fieldDefects(String service, JsonNode schema, Map<String, Object> object, String at, Emitter emit) {
        Map<String, Object> extra = new LinkedHashMap<>(object);
        extra.put("unexpectedField", random.nextInt(100));
        emit.accept(at + "extra field", extra);
        Set<String> required = new LinkedHashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            String name = property.getKey();
            JsonNode field = resolve(service, property.getValue());
            String where = at + name;
            if (required.contains(name)) {
                Map<String, Object> missing = new LinkedHashMap<>(object);
                missing.remove(name);
                emit.accept(where + " missing", missing);
                emit.accept(where + " null", with(object, name, null));
            }
            for (Object wrong : wrongValues(name, field, object.get(name))) {
                emit.accept(where + " = " + abbreviate(String.valueOf(wrong)), with(object, name, wrong));
            }
            if (object.get(name) instanceof Map<?, ?> nested && field.has("properties")) {
                fieldDefects(service, field, (Map<String, Object>) nested, where + ".",
                        (defect, broken) -> emit.accept(defect, with(object, name, broken)));
            }
        }
    }

    @FunctionalInterface
    private interface Emitter {
        void accept(String defect, Object body);
    }

    /** Values that the field's schema (or, for IINs and BINs, its check digit) forbids. */
    private List<Object> wrongValues(String name, JsonNode schema, Object valid) {
        List<Object> wrong = new ArrayList<>();
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "");
        String format = schema.path("format").asText();
        switch (type) {
            case "string" -> {
                wrong.addAll(List.of(random.nextInt(100_000), true, Map.of("x", 1), List.of("x")));
                if (schema.has("maxLength")) {
                    int max = schema.get("maxLength").asInt();
                    wrong.add(garbage(4) + "ә".repeat(max + 1 + random.nextInt(max + 1)));
                }
                if (schema.has("minLength") && schema.get("minLength").asInt() > 1) {
                    wrong.add("a".repeat(schema.get("minLength").asInt() - 1));
                }
                wrong.add(List.of("a\u0000b", "bell\u0007", "esc\u001b[31m", "del\u007f").get(random.nextInt(4)));
                // "\\S" is how @NotBlank shows in OpenAPI: any text passes it, so it constrains nothing here
                boolean patterned = schema.has("pattern") && !schema.get("pattern").asText().equals("\\S");
                boolean constrained = patterned || schema.has("enum") || !format.isEmpty() && !format.equals("password")
                        || name.equals("iin") || name.equals("bin");
                if (constrained) {
                    wrong.add(INJECTIONS.get(random.nextInt(INJECTIONS.size())));
                    wrong.add(garbage(random.nextInt(20)) + "#"); // the '#' keeps random letters from forming a valid value
                    wrong.add("");
                }
                if (schema.has("enum")) {
                    wrong.add("NOT_A_" + (char) ('A' + random.nextInt(26)));
                }
                if (name.equals("iin") || name.equals("bin")) {
                    wrong.add(wrongCheckDigit(String.valueOf(valid)));
                    wrong.add(String.valueOf(valid).substring(1));
                    wrong.add("９００１０１３０００１７"); // full-width digits
                }
                if (name.toLowerCase().contains("name") && patterned) {
                    wrong.add(List.of("Айgүл", "Сейітоvа", "Dana١٢", "Болат\u200b").get(random.nextInt(4)));
                }
                switch (format) {
                    case "uuid" -> wrong.addAll(List.of("00000000-0000-0000-0000-00000000000z", "1234"));
                    case "date" -> wrong.addAll(List.of("2026-02-30", "31.12.2026", "0000-01-01", "+10000-01-01"));
                    case "date-time" -> wrong.addAll(List.of("2026-05-01T25:00:00Z", "yesterday", "2026-05-01",
                            "1800-01-01T00:00:00Z", "9999-12-31T23:59:59Z"));
                    case "email" -> wrong.addAll(List.of("not-an-email", "a@", "@kz"));
                    default -> { }
                }
            }
            case "integer", "number" -> {
                wrong.addAll(List.of("eight", true, List.of(1), "1e400"));
                if (type.equals("integer")) {
                    wrong.add(1.5);
                    wrong.add(new java.math.BigInteger("9".repeat(20 + random.nextInt(20))));
                }
                if (schema.has("minimum")) {
                    wrong.add(schema.get("minimum").asLong() - 1 - random.nextInt(1000));
                }
                if (schema.has("maximum")) {
                    wrong.add(schema.get("maximum").asLong() + 1 + random.nextInt(1000));
                }
            }
            case "boolean" -> wrong.addAll(List.of("yes", 2, List.of(true)));
            case "array" -> {
                wrong.addAll(List.of("not-a-list", Map.of("x", 1), List.of(Map.of("x", List.of()))));
                if (schema.has("maxItems") && !schema.path("uniqueItems").asBoolean()) { // a set would merge repeats
                    int max = schema.get("maxItems").asInt();
                    if (max <= 1000 && valid instanceof List<?> list && !list.isEmpty()) {
                        List<Object> tooMany = new ArrayList<>();
                        for (int i = 0; i <= max; i++) {
                            tooMany.add(list.get(0));
                        }
                        wrong.add(tooMany);
                    }
                }
                if (schema.has("minItems") && schema.get("minItems").asInt() > 0) {
                    wrong.add(List.of());
                }
            }
            case "object" -> wrong.addAll(List.of("not-an-object", List.of(1), 7));
            default -> { }
        }
        return wrong;
    }

    private static Map<String, Object> with(Map<String, Object> object, String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(object);
        copy.put(name, value);
        return copy;
    }

    private JsonNode operation(Row row) {
        JsonNode document = openApi.get(row.service());
        return document.path("paths").path(row.path()).path(row.method().toLowerCase());
    }

    private JsonNode requestSchema(Row row) {
        JsonNode schema = operation(row).path("requestBody").path("content").path("application/json").path("schema");
        return schema.isMissingNode() ? null : resolve(row.service(), schema);
    }

    /** Follows {@code $ref} and single-element {@code allOf}, as SmallRye OpenAPI writes them. */
    private JsonNode resolve(String service, JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return resolve(service, openApi.get(service).path("components").path("schemas").path(name));
        }
        if (schema.has("allOf") && schema.get("allOf").size() == 1) {
            return resolve(service, schema.get("allOf").get(0));
        }
        return schema;
    }

    /** Random text across scripts, control characters and emoji. */
    private String garbage(int length) {
        int[][] ranges = {{0x21, 0x7e}, {0x400, 0x4ff}, {0x4e00, 0x4fff}, {0x1f600, 0x1f64f}, {0x01, 0x1f}, {0x600, 0x6ff}};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int[] range = ranges[random.nextInt(ranges.length)];
            text.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
        }
        return text.toString();
    }

    private byte[] invalidUtf8(byte[] json) {
        // a lone continuation byte, an overlong '/', or a truncated sequence, inside the first string value
        byte[][] sequences = {{(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xFF}};
        byte[] bad = sequences[random.nextInt(sequences.length)];
        int quote = indexOf(json, (byte) '"', indexOf(json, (byte) ':', 0) + 1);
        int at = quote < 0 ? 1 : quote + 1;
        byte[] broken = new byte[json.length + bad.length];
        System.arraycopy(json, 0, broken, 0, at);
        System.arraycopy(bad, 0, broken, at, bad.length);
        System.arraycopy(json, at, broken, at + bad.length, json.length - at);
        return broken;
    }

    private static int indexOf(byte[] bytes, byte wanted, int from) {
        for (int i = Math.max(0, from); i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] oversized() {
        byte[] body = new byte[OVERSIZED];
        Arrays.fill(body, (byte) 'a');
        byte[] start = "{\"description\":\"".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, body, 0, start.length);
        body[body.length - 2] = '"';
        body[body.length - 1] = '}';
        return body;
    }

    private static String wrongCheckDigit(String identifier) {
        if (!identifier.matches("\\d{12}")) {
            return "000000000000";
        }
        char last = identifier.charAt(11);
        return identifier.substring(0, 11) + (char) ('0' + (last - '0' + 1) % 10);
    }

    private static byte[] bytes(Object body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String value) {
        String flat = value.replaceAll("\\p{Cntrl}", "?");
        return flat.length() > 40 ? flat.substring(0, 40) + "…(" + value.length() + ")" : flat;
    }
}
