package kz.dvp.passport.service;

import io.smallrye.mutiny.Uni;
import kz.dvp.passport.domain.Passport;
import kz.dvp.platform.sql.SessionSql;
import kz.dvp.platform.sql.SqlArrays;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Reads and writes passport rows as plain SQL, a batch's in one statement with array parameters. Through
 * Hibernate each passport was an UPDATE of its own, every column, after a dirty check: with the outbox's
 * inserts, Hibernate's flush took a fifth of passport-service's CPU samples under a national load (JFR). Its
 * native select of a poll's passports missed its plan cache every time (see {@link SessionSql}) and, binding the
 * id array, threw and caught an exception inside Hibernate's type registry.
 */
final class PassportRows {

    /**
     * A column: its SQL element type, its value as the reactive client binds it in an array (UUID or text), and
     * how a value read from it is set on a passport.
     */
    private record Column(String name, String type, Function<Passport, Object> value, BiConsumer<Passport, Object> set) {

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

        /** Sets the value the reactive client read (numeric as its own type, timestamptz with an offset). */
        void read(Passport p, Object read) {
            set.accept(p, switch (type) {
                case "numeric" -> SessionSql.decimal(read);
                case "timestamptz" -> SessionSql.instant(read);
                default -> read;
            });
        }
    }

    private static final Column ID = new Column("volunteer_id", "uuid", p -> p.volunteerId,
            (p, v) -> p.volunteerId = (UUID) v);
    private static final Column NUMBER = new Column("passport_number", "text", p -> p.passportNumber,
            (p, v) -> p.passportNumber = (String) v);
    /** What the volunteer's own events set. */
    private static final List<Column> PROFILE = List.of(
            new Column("region", "text", p -> p.region, (p, v) -> p.region = (String) v),
            new Column("birth_year", "int", p -> p.birthYear, (p, v) -> p.birthYear = (Integer) v),
            new Column("status", "text", p -> p.status, (p, v) -> p.status = (String) v),
            new Column("partner_sharing", "boolean", p -> p.partnerSharing, (p, v) -> p.partnerSharing = (Boolean) v));
    /** What the verified activities give, and the event last applied. */
    private static final List<Column> FIGURES = List.of(
            new Column("total_hours", "numeric", p -> p.totalHours.toPlainString(),
                    (p, v) -> p.totalHours = (BigDecimal) v),
            new Column("verified_activities", "int", p -> p.verifiedActivities,
                    (p, v) -> p.verifiedActivities = (Integer) v),
            new Column("organizations", "int", p -> p.organizations, (p, v) -> p.organizations = (Integer) v),
            new Column("projects", "int", p -> p.projects, (p, v) -> p.projects = (Integer) v),
            new Column("hours_by_category", "text", p -> p.hoursByCategory, (p, v) -> p.hoursByCategory = (String) v),
            new Column("hours_by_program", "text", p -> p.hoursByProgram, (p, v) -> p.hoursByProgram = (String) v),
            new Column("hours_by_year", "text", p -> p.hoursByYear, (p, v) -> p.hoursByYear = (String) v),
            new Column("hours_by_region", "text", p -> p.hoursByRegion, (p, v) -> p.hoursByRegion = (String) v),
            new Column("first_activity_on", "date", p -> p.firstActivityOn, (p, v) -> p.firstActivityOn = (LocalDate) v),
            new Column("last_activity_on", "date", p -> p.lastActivityOn, (p, v) -> p.lastActivityOn = (LocalDate) v),
            new Column("level", "text", p -> p.level, (p, v) -> p.level = (String) v),
            new Column("badges", "text", p -> p.badges, (p, v) -> p.badges = (String) v),
            new Column("updated_at", "timestamptz", p -> p.updatedAt, (p, v) -> p.updatedAt = (Instant) v),
            new Column("last_event_id", "uuid", p -> p.lastEventId, (p, v) -> p.lastEventId = (UUID) v),
            new Column("last_event_type", "text", p -> p.lastEventType, (p, v) -> p.lastEventType = (String) v));
    /** The last event applied, and when: the end of {@link #FIGURES}. */
    private static final List<Column> LAST_EVENT = FIGURES.subList(FIGURES.size() - 3, FIGURES.size());
    /** Everything but the id and the number, which never change. */
    private static final List<Column> CHANGING = concat(PROFILE, FIGURES);

    private static final List<Column> UPDATED = concat(List.of(ID), CHANGING);
    private static final List<Column> INSERTED = concat(List.of(ID, NUMBER), CHANGING);
    private static final List<Column> FIGURES_UPDATED = concat(List.of(ID), FIGURES);

    private static final String UPDATE = update(CHANGING, UPDATED);
    private static final String UPDATE_FIGURES = update(FIGURES, FIGURES_UPDATED);
    private static final String INSERT = "insert into passport (" + names(INSERTED) + ") select * from "
            + unnest(INSERTED);
    private static final List<Column> TOUCHED = concat(List.of(ID, NUMBER), LAST_EVENT);
    private static final String TOUCH = "with touched as (insert into passport (" + names(TOUCHED) + ") select * from "
            + unnest(TOUCHED) + " order by volunteer_id on conflict (volunteer_id) do update set "
            + LAST_EVENT.stream().map(c -> c.name() + " = excluded." + c.name()).collect(Collectors.joining(", "))
            + " returning " + names(INSERTED) + ") select * from touched where volunteer_id = any($" + (TOUCHED.size() + 1) + ")";
    /** Every column, in the order {@link #passport} reads them. */
    static final String SELECT = "select " + names(INSERTED) + " from passport";

    private PassportRows() {
    }

    /**
     * The passports with these ids that exist, locked for the transaction in id order: two batches locking some of
     * the same passports take turns instead of deadlocking.
     */
    static Uni<List<Passport>> lock(List<UUID> ids) {
        return SessionSql.select(SELECT + " where volunteer_id = any($1) order by volunteer_id for update",
                (Object) SqlArrays.uuids(ids))
                .map(rows -> rows.stream().map(PassportRows::passport).toList());
    }

    /**
     * Records on each passport the last event about it (creating those missing), in one statement that locks them
     * for the transaction in id order, as {@link #lock} does; returns the whole passports of the {@code wanted}
     * among them. The others are not read: an event that moves no figures (most of an ingest's) costs its passport
     * a write of three columns.
     */
    static Uni<List<Passport>> touch(List<Passport> touched, Collection<UUID> wanted) {
        List<Object> parameters = new ArrayList<>(List.of(arrays(TOUCHED, touched)));
        parameters.add(SqlArrays.uuids(wanted));
        return SessionSql.select(TOUCH, parameters.toArray()).map(rows -> rows.stream().map(PassportRows::passport).toList());
    }

    /** A passport from the columns of {@link #SELECT}, as the reactive client read them. */
    static Passport passport(Object[] columns) {
        Passport p = new Passport();
        for (int i = 0; i < INSERTED.size(); i++) {
            INSERTED.get(i).read(p, columns[i]);
        }
        return p;
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
