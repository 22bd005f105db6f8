package kz.dvp.platform;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class MigrationsTest extends WithDevStack {

    @Inject
    Flyway flyway;
    @Inject
    DataSource dataSource;

    @Test
    void aDatabaseMadeBeforeTheNewestPlatformMigrationTakesItAtTheNextStart() throws SQLException {
        MigrationInfo[] applied = flyway.info().applied();
        MigrationInfo newestPlatform = Arrays.stream(applied)
                .filter(m -> m.getVersion().getMajorAsString().equals("0"))
                .reduce((first, second) -> second).orElseThrow();
        assertThat(applied[applied.length - 1].getVersion()).as("a module's own migration is the last applied")
                .isGreaterThan(newestPlatform.getVersion());

        // the state of a database migrated by the release before that platform migration existed
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from flyway_schema_history where version = '"
                    + newestPlatform.getVersion().getVersion() + "'");
        }

        assertThat(flyway.migrate().migrationsExecuted).isEqualTo(1);
        assertThat(flyway.info().applied()).extracting(m -> m.getVersion().getVersion())
                .contains(newestPlatform.getVersion().getVersion());
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
    }
}
