package kz.dvp.bench;

import kz.dvp.devstack.PostgresEndpoint;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The facts a fault drill checks, read straight from the databases and the broker: does every passport hold
 * exactly the VERIFIED activities activity-service (the source of truth) holds for that volunteer; how many
 * events wait in an outbox; how far a consumer group is behind its topics.
 */
final class Ledger implements AutoCloseable {

    private final PostgresEndpoint postgres;
    private final Admin kafka;

    Ledger(PostgresEndpoint postgres, String bootstrap) {
        this.postgres = postgres;
        this.kafka = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000));
    }

    /**
     * Passports against their source, volunteer by volunteer: activities missing from a passport are lost, extra
     * ones are duplicated; {@code hoursDiffer} counts volunteers whose total hours disagree.
     */
    record Agreement(int volunteers, long verified, long lost, long duplicated, int hoursDiffer) {
        boolean holds() {
            return lost == 0 && duplicated == 0 && hoursDiffer == 0;
        }
    }

    Agreement agreement() throws SQLException {
        Map<String, Tally> source = tallies("activity", "select volunteer_id, count(*), coalesce(sum(hours), 0) "
                + "from activity where status = 'VERIFIED' group by volunteer_id");
        Map<String, Tally> passports = tallies("passport",
                "select volunteer_id, verified_activities, total_hours from passport");
        Set<String> volunteers = new HashSet<>(source.keySet());
        volunteers.addAll(passports.keySet());
        long lost = 0;
        long duplicated = 0;
        long verified = 0;
        int hoursDiffer = 0;
        for (String volunteer : volunteers) {
            Tally expected = source.getOrDefault(volunteer, Tally.NONE);
            Tally shown = passports.getOrDefault(volunteer, Tally.NONE);
            verified += expected.activities;
            lost += Math.max(0, expected.activities - shown.activities);
            duplicated += Math.max(0, shown.activities - expected.activities);
            hoursDiffer += expected.hours.compareTo(shown.hours) == 0 ? 0 : 1;
        }
        return new Agreement(volunteers.size(), verified, lost, duplicated, hoursDiffer);
    }

    /** The single number a query gives, e.g. a count. */
    long count(String database, String sql) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Events committed by a service but not yet on Kafka. */
    long unrelayed(String database) throws SQLException {
        return count(database, "select count(*) from outbox_pending");
    }

    /**
     * Takes a service's relay lock (the advisory lock its relay holds while it relays), so that the service commits
     * events but cannot relay them; closing the connection gives the lock back.
     */
    Connection holdRelayLock(String database, String source) throws Exception {
        Connection connection = connect(database);
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(hashtext(?))")) {
            lock.setString(1, "dvp-outbox-relay" + source);
            for (int attempt = 0; attempt < 300; attempt++) {
                try (ResultSet taken = lock.executeQuery()) {
                    taken.next();
                    if (taken.getBoolean(1)) {
                        return connection;
                    }
                }
                Thread.sleep(100); // the killed relay's session is still being torn down
            }
        }
        connection.close();
        throw new IllegalStateException("The relay lock of " + source + " stayed taken for 30 s");
    }

    /** How many records of its topics a consumer group has not committed yet. */
    long lag(String group) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = kafka.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        if (committed.isEmpty()) {
            return 0;
        }
        Map<TopicPartition, OffsetSpec> latest = committed.keySet().stream()
                .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
        Map<TopicPartition, Long> ends = new HashMap<>();
        kafka.listOffsets(latest).all().get(10, TimeUnit.SECONDS).forEach((p, info) -> ends.put(p, info.offset()));
        long lag = 0;
        for (Map.Entry<TopicPartition, OffsetAndMetadata> entry : committed.entrySet()) {
            if (entry.getValue() != null) {
                lag += Math.max(0, ends.getOrDefault(entry.getKey(), 0L) - entry.getValue().offset());
            }
        }
        return lag;
    }

    private Map<String, Tally> tallies(String database, String sql) throws SQLException {
        Map<String, Tally> tallies = new HashMap<>();
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                tallies.put(rows.getString(1), new Tally(rows.getLong(2), rows.getBigDecimal(3).stripTrailingZeros()));
            }
        }
        return tallies;
    }

    private record Tally(long activities, BigDecimal hours) {
        static final Tally NONE = new Tally(0, BigDecimal.ZERO);
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), postgres.user(), postgres.password());
    }

    @Override
    public void close() {
        kafka.close();
    }
}
