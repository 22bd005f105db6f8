package kz.dvp.bench;

import kz.dvp.devstack.PostgresEndpoint;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * PostgreSQL's own account of a phase, from pg_stat_statements: each statement's executions, the time spent planning
 * and executing it, by database. Only when PostgreSQL was started with {@code -Ddvp.postgres.statement-statistics=true}
 * (the dev-stack then preloads the extension, with planning tracked); otherwise every call does nothing.
 */
final class Statements {

    /** One statement's figures over the phase. */
    record Row(String database, long calls, long plans, double planMs, double execMs, String query) {

        double totalMs() {
            return planMs + execMs;
        }
    }

    private final PostgresEndpoint postgres;

    private Statements(PostgresEndpoint postgres) {
        this.postgres = postgres;
    }

    static Statements of(PostgresEndpoint postgres) {
        return new Statements(Boolean.getBoolean("dvp.postgres.statement-statistics") ? postgres : null);
    }

    /** Forgets what came before: the next {@link #top} covers what runs from now on. */
    void reset() throws SQLException {
        if (postgres == null) {
            return;
        }
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("create extension if not exists pg_stat_statements");
            s.execute("select pg_stat_statements_reset()");
        }
    }

    /** The statements that took the most time since {@link #reset}, planning included. */
    List<Row> top(int limit) throws SQLException {
        List<Row> rows = new ArrayList<>();
        if (postgres == null) {
            return rows;
        }
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("""
                select d.datname, s.calls, s.plans, s.total_plan_time, s.total_exec_time,
                    regexp_replace(s.query, '\\s+', ' ', 'g')
                from pg_stat_statements s join pg_database d on d.oid = s.dbid
                where d.datname <> 'postgres'
                order by s.total_plan_time + s.total_exec_time desc limit ?""")) {
            s.setInt(1, limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new Row(r.getString(1), r.getLong(2), r.getLong(3), r.getDouble(4), r.getDouble(5),
                            r.getString(6)));
                }
            }
        }
        return rows;
    }

    /** {@link #top} as a Markdown table, with the time per execution; empty when statistics are off. */
    String markdown(String phase, int limit) throws SQLException {
        List<Row> rows = top(limit);
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("\nPostgreSQL statements during " + phase + " (pg_stat_statements):\n\n"
                + "| database | calls | planned | planning ms | execution ms | µs per call | statement |\n"
                + "|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            String query = row.query().length() > 110 ? row.query().substring(0, 110) + "…" : row.query();
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %.0f | %.1f | `%s` |%n", row.database(),
                    row.calls(), row.plans(), row.planMs(), row.execMs(),
                    row.calls() == 0 ? 0 : 1000 * row.totalMs() / row.calls(), query.replace("|", "\\|")));
        }
        return out.toString();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl("postgres"), postgres.user(), postgres.password());
    }
}
