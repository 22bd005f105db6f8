package kz.dvp.platform.problem;

import io.smallrye.mutiny.CompositeException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.SocketException;

import static org.assertj.core.api.Assertions.assertThat;

/** What a PostgreSQL stop looks like to a service, as seen in a drill: each must be a 503, not a 500. */
class OutageTest {

    @Test
    void theWaysADatabaseStopReachesAServiceAreOutages() {
        assertThat(ProblemMapper.isOutage(new PgException("the database system is shutting down", "FATAL", "57P03", null))).isTrue();
        assertThat(ProblemMapper.isOutage(new PgException("terminating connection due to administrator command", "FATAL",
                "57P01", null))).isTrue();
        assertThat(ProblemMapper.isOutage(new IllegalStateException(new SocketException("Connection reset by peer")))).isTrue();
        assertThat(ProblemMapper.isOutage(new ConnectException("Connection refused"))).isTrue();
        assertThat(ProblemMapper.isOutage(new CompositeException(new IllegalStateException("HR000090: Live transaction"),
                ClosedConnectionException.INSTANCE))).isTrue();
    }

    @Test
    void aFailingStatementIsNotAnOutage() {
        assertThat(ProblemMapper.isOutage(new PgException("duplicate key", "ERROR", "23505", null))).isFalse();
        assertThat(ProblemMapper.isOutage(new PgException("syntax error", "ERROR", "42601", null))).isFalse();
        assertThat(ProblemMapper.isOutage(new IllegalStateException("a bug"))).isFalse();
    }
}
