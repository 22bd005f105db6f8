package kz.dvp.platform;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class MigrationsTest extends WithDevStack {

    private static final String SCHEMA = "release_before";

    @Inject
    Flyway flyway;
    @Inject
    DataSource dataSource;

    @Test
    void aDatabaseMadeBeforeTheNewestPlatformMigrationTakesItAtTheNextStart() throws Exception {
        MigrationInfo[] applied = flyway.info().applied();
        MigrationInfo newestPlatform = Arrays.stream(applied)
                .filter(m -> m.getVersion().getMajorAsString().equals("0"))
                .reduce((first, second) -> second).orElseThrow();
        assertThat(applied[applied.length - 1].getVersion()).as("a module's own migration is the last applied")
                .isGreaterThan(newestPlatform.getVersion());
        Path releaseBefore = Files.createTempDirectory("migrations-before");
        try {
            // the release before that platform migration existed: every other migration, in a schema of its own
            for (MigrationInfo migration : applied) {
                if (migration != newestPlatform) {
                    copy(migration.getScript(), releaseBefore);
                }
            }
            // (Quarkus lists the migrations it packaged in its own resource provider: none, to scan the directory)
            Flyway.configure().configuration(flyway.getConfiguration()).schemas(SCHEMA).defaultSchema(SCHEMA)
                    .resourceProvider(null).locations("filesystem:" + releaseBefore).load().migrate();

            // this release, as the service's own Flyway starts it (its settings, its migrations)
            Flyway thisRelease = Flyway.configure().configuration(flyway.getConfiguration()).schemas(SCHEMA)
                    .defaultSchema(SCHEMA).load();
            assertThat(thisRelease.migrate().migrationsExecuted).isEqualTo(1);
            assertThat(thisRelease.info().applied()).extracting(MigrationInfo::getVersion)
                    .contains(newestPlatform.getVersion());
            assertThat(thisRelease.validateWithResult().validationSuccessful).isTrue();
        } finally {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.executeUpdate("drop schema if exists " + SCHEMA + " cascade");
            }
            try (var scripts = Files.list(releaseBefore)) {
                for (Path script : scripts.toList()) {
                    Files.delete(script);
                }
            }
            Files.delete(releaseBefore);
        }
    }

    /** A migration script (its path on the class path) into the directory. */
    private void copy(String script, Path directory) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(script)) {
            Files.copy(in, directory.resolve(Path.of(script).getFileName()));
        }
    }
}
