package kz.dvp.bench;

import kz.dvp.devstack.EmbeddedInfrastructure;
import kz.dvp.devstack.PostgresEndpoint;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatementsTest {

    private static final String SWITCH = "dvp.postgres.statement-statistics";

    @Test
    void withStatisticsOnAPhaseShowsEachStatementsExecutionsAndPlanningAndNothingFromBefore() throws Exception {
        System.setProperty(SWITCH, "true");
        try (EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.disposable()) {
            infrastructure.createDatabase("ledger");
            PostgresEndpoint pg = infrastructure.postgres();
            Statements statements = Statements.of(pg);
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl("ledger"), pg.user(), pg.password())) {
                try (Statement s = c.createStatement()) {
                    s.execute("create table entry (id int primary key)");
                    s.execute("insert into entry select generate_series(1, 100)");
                }
                statements.reset();
                try (PreparedStatement s = c.prepareStatement("select id from entry where id = ?")) {
                    for (int i = 1; i <= 3; i++) {
                        s.setInt(1, i);
                        s.executeQuery().close();
                    }
                }
            }

            List<Statements.Row> top = statements.top(10);

            assertThat(top).filteredOn(r -> r.query().equals("select id from entry where id = $1")).singleElement()
                    .satisfies(r -> {
                        assertThat(r.database()).isEqualTo("ledger");
                        assertThat(r.calls()).isEqualTo(3);
                        assertThat(r.plans()).as("plannings tracked").isPositive();
                    });
            assertThat(top).noneMatch(r -> r.query().startsWith("insert into entry"));
            assertThat(statements.markdown("the test", 10)).contains("| ledger | 3 |");
        } finally {
            System.clearProperty(SWITCH);
        }
    }

    @Test
    void withoutStatisticsNothingIsAskedOfPostgresql() throws Exception {
        // nothing listens there: any connection attempt would fail
        Statements statements = Statements.of(new PostgresEndpoint("127.0.0.1", 1, "postgres", "postgres"));

        statements.reset();

        assertThat(statements.top(10)).isEmpty();
        assertThat(statements.markdown("the test", 10)).isEmpty();
    }
}
