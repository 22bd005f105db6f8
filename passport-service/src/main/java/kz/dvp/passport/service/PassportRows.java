package kz.dvp.passport.service;

import io.smallrye.mutiny.Uni;
import kz.dvp.passport.domain.Passport;
import kz.dvp.platform.sql.SqlArrays;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Writes the passports the projection computed, all of a batch in one statement with array parameters. Through
 * Hibernate each passport was an UPDATE of its own, every column, after a dirty check: with the outbox's
 * inserts, Hibernate's flush took a fifth of passport-service's CPU samples under a national load (JFR).
 */
final class PassportRows {

    /** A column: its SQL element type, and its value as the reactive client binds it in an array (UUID or text). */
    private record Column(String name, String type, Function<Passport, Object> value) {

        String unnested(int parameter) {
            return switch (type) {
                case "uuid", "text" -> "cast($" + parameter + " as " + type + "[])";
                default -> "cast(cast($" + parameter + " as text[]) as " + type + "[])";
            };
        }

        Object array(List<Passport> passports) {
            return type.equals("uuid") ? SqlArrays.uuids(passports, p -> (UUID) value.apply(p))
                    : SqlArrays.text(passports, value);
        }
    }

    private static final Column ID = new Column("volunteer_id", "uuid", p -> p.volunteerId);
    private static final Column NUMBER = new Column("passport_number", "text", p -> p.passportNumber);
    /** What the volunteer's own events set. */
    private static final List<Column> PROFILE = List.of(
            new Column("region", "text", p -> p.region),
            new Column("birth_year", "int", p -> p.birthYear),
            new Column("status", "text", p -> p.status),
            new Column("partner_sharing", "boolean", p -> p.partnerSharing));
    /** What the verified activities give, and the event last applied. */
    private static final List<Column> FIGURES = List.of(
            new Column("total_hours", "numeric", p -> p.totalHours.toPlainString()),
            new Column("verified_activities", "int", p -> p.verifiedActivities),
            new Column("organizations", "int", p -> p.organizations),
            new Column("projects", "int", p -> p.projects),
            new Column("hours_by_category", "text", p -> p.hoursByCategory),
            new Column("hours_by_program", "text", p -> p.hoursByProgram),
            new Column("hours_by_year", "text", p -> p.hoursByYear),
            new Column("hours_by_region", "text", p -> p.hoursByRegion),
            new Column("first_activity_on", "date", p -> p.firstActivityOn),
            new Column("last_activity_on", "date", p -> p.lastActivityOn),
            new Column("level", "text", p -> p.level),
            new Column("badges", "text", p -> p.badges),
            new Column("updated_at", "timestamptz", p -> p.updatedAt),
            new Column("last_event_id", "uuid", p -> p.lastEventId),
            new Column("last_event_type", "text", p -> p.lastEventType));
    /** Everything but the id and the number, which never change. */
    private static final List<Column> CHANGING = concat(PROFILE, FIGURES);

    private static final List<Column> UPDATED = concat(List.of(ID), CHANGING);
    private static final List<Column> INSERTED = concat(List.of(ID, NUMBER), CHANGING);
    private static final List<Column> FIGURES_UPDATED = concat(List.of(ID), FIGURES);

    private static final String UPDATE = update(CHANGING, UPDATED);
    private static final String UPDATE_FIGURES = update(FIGURES, FIGURES_UPDATED);
    private static final String INSERT = "insert into passport (" + names(INSERTED) + ") select * from "
            + unnest(INSERTED);

    private PassportRows() {
    }

    /** Writes passports read (and locked) in this transaction. */
    static Uni<Void> update(List<Passport> passports) {
        return passports.isEmpty() ? Uni.createFrom().voidItem() : Sql.run(UPDATE, arrays(UPDATED, passports));
    }

    /** Writes the figures (and last event) of passports, leaving their profile as it is: the rebuild's last step. */
    static Uni<Void> updateFigures(List<Passport> passports) {
        return passports.isEmpty() ? Uni.createFrom().voidItem() : Sql.run(UPDATE_FIGURES, arrays(FIGURES_UPDATED, passports));
    }

    /**
     * Inserts new passports. A passport another consumer inserted meanwhile is a duplicate key: the transaction
     * fails and the inbox retries it, then finds that passport.
     */
    static Uni<Void> insert(List<Passport> passports) {
        return passports.isEmpty() ? Uni.createFrom().voidItem() : Sql.run(INSERT, arrays(INSERTED, passports));
    }

    private static String update(List<Column> set, List<Column> given) {
        return "update passport p set " + set.stream().map(c -> c.name() + " = f." + c.name()).collect(Collectors.joining(", "))
                + " from " + unnest(given) + " where p.volunteer_id = f.volunteer_id";
    }

    private static String unnest(List<Column> columns) {
        return "unnest(" + IntStream.range(0, columns.size()).mapToObj(i -> columns.get(i).unnested(i + 1))
                .collect(Collectors.joining(", ")) + ") as f(" + names(columns) + ")";
    }

    private static String names(List<Column> columns) {
        return columns.stream().map(Column::name).collect(Collectors.joining(", "));
    }

    private static Object[] arrays(List<Column> columns, List<Passport> passports) {
        return columns.stream().map(c -> c.array(passports)).toArray();
    }

    private static List<Column> concat(List<Column> first, List<Column> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
