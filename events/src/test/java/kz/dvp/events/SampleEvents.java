package kz.dvp.events;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Builds a plausible instance of any catalogue record, so every new event type is covered by the contract tests. */
final class SampleEvents {

    private SampleEvents() {
    }

    static DvpEvent sample(EventType type) {
        RecordComponent[] components = type.recordClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = valueFor(components[i]);
        }
        try {
            return type.recordClass().getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object valueFor(RecordComponent component) {
        String name = component.getName();
        Class<?> type = component.getType();
        if (type == UUID.class) {
            return UUID.randomUUID();
        }
        if (type == Instant.class) {
            return Instant.parse("2026-05-01T06:30:00Z");
        }
        if (type == LocalDate.class) {
            return LocalDate.parse("2026-04-22");
        }
        if (type == boolean.class) {
            return true;
        }
        if (type == int.class) {
            return switch (name) {
                case "birthYear" -> 2004;
                case "maxHoursPerDay" -> 8;
                default -> 3;
            };
        }
        if (type == BigDecimal.class) {
            return new BigDecimal("12.25");
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == List.class) {
            return name.equals("regions") ? List.of("KZ-71", "KZ-75") : List.of("kk", "ru");
        }
        if (type == String.class) {
            return switch (name) {
                case "region" -> "KZ-71";
                case "programCode" -> "ZHAS_AGASH";
                case "level" -> "LEVEL_50";
                default -> "«Жас ағаш» қоғамдық қоры";
            };
        }
        throw new IllegalArgumentException("No sample for " + name + " of " + type);
    }
}
