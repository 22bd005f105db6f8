package kz.dvp.system;

import kz.dvp.devstack.PostgresEndpoint;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A digest of every row of every table of the services' databases, to show that nothing changed between two
 * moments. Flyway's history is left out; it changes only with migrations.
 */
final class DatabaseFingerprint {

    private final PostgresEndpoint postgres;
    private final List<String> databases;

    DatabaseFingerprint(PostgresEndpoint postgres, List<String> databases) {
        this.postgres = postgres;
        this.databases = databases;
    }

    /** "database.table" to "rows:digest". */
    Map<String, String> take() throws SQLException {
        Map<String, String> fingerprint = new TreeMap<>();
        for (String database : databases) {
            try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(database), postgres.user(),
                    postgres.password()); Statement statement = connection.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("select tablename from pg_tables where schemaname = 'public' "
                        + "and tablename <> 'flyway_schema_history' order by tablename")) {
                    while (rows.next()) {
                        tables.add(rows.getString(1));
                    }
                }
                for (String table : tables) {
                    try (ResultSet digest = statement.executeQuery("select count(*) || ':' || coalesce(md5(string_agg("
                            + "md5(t::text), '' order by md5(t::text))), '') from \"" + table + "\" t")) {
                        digest.next();
                        fingerprint.put(database + "." + table, digest.getString(1));
                    }
                }
            }
        }
        return fingerprint;
    }

    /** Once the services have finished what earlier requests started: two takes a second apart agree. */
    Map<String, String> settled() throws Exception {
        Map<String, String> last = take();
        for (int attempt = 0; attempt < 60; attempt++) {
            Thread.sleep(1000);
            Map<String, String> now = take();
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        return last;
    }
}
