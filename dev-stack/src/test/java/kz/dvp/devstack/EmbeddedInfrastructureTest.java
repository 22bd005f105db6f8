package kz.dvp.devstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedInfrastructureTest {

    @Test
    void persistentStackKeepsDatabaseRowsAndTopicRecordsAcrossRestarts(@TempDir Path home) throws Exception {
        int pg = FreePorts.pick();
        int kafka = FreePorts.pick();
        int controller = FreePorts.pick();

        try (Infrastructure first = EmbeddedInfrastructure.persistent(home, pg, kafka, controller)) {
            first.createDatabase("identity");
            sql(first, "identity", "create table note(text varchar(100))", "insert into note values ('Жас ағаш')");
            produce(first.kafkaBootstrap(), "dvp.test.v1", "kept");
        }
        assertThat(FreePorts.inUse(pg)).as("PostgreSQL stopped").isFalse();
        assertThat(FreePorts.inUse(kafka)).as("Kafka stopped").isFalse();

        try (Infrastructure second = EmbeddedInfrastructure.persistent(home, pg, kafka, controller)) {
            assertThat(query(second, "identity", "select text from note")).isEqualTo("Жас ағаш");
            assertThat(consumeAll(second.kafkaBootstrap(), "dvp.test.v1")).containsExactly("kept");
        }
    }

    @Test
    void disposableStackRunsRealServersAndRemovesEverythingOnClose() throws Exception {
        Infrastructure stack = EmbeddedInfrastructure.disposable();
        int pgPort = stack.postgres().port();
        try {
            assertThat(query(stack, "postgres", "show server_version")).startsWith("17.");
            stack.createDatabase("passport");
            stack.createDatabase("passport");
            sql(stack, "passport", "create table kept (note text)", "insert into kept values ('before the outage')");

            stack.stopPostgres();
            assertThat(FreePorts.inUse(pgPort)).as("PostgreSQL stopped").isFalse();
            stack.startPostgres();
            assertThat(query(stack, "passport", "select note from kept")).isEqualTo("before the outage");

            stack.stopKafka();
            stack.startKafka();
            produce(stack.kafkaBootstrap(), "after.restart", "still works");
            assertThat(consumeAll(stack.kafkaBootstrap(), "after.restart")).containsExactly("still works");
        } finally {
            stack.close();
        }
        assertThat(FreePorts.inUse(pgPort)).isFalse();
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .map(p -> p.info().commandLine().orElse(""))
                .filter(c -> c.contains("KafkaBrokerProcess") || c.contains("postgres")))
                .as("no broker or database process left").isEmpty();
    }

    private static void sql(Infrastructure infra, String db, String... statements) throws Exception {
        try (Connection c = connect(infra, db); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private static String query(Infrastructure infra, String db, String query) throws Exception {
        try (Connection c = connect(infra, db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Connection connect(Infrastructure infra, String db) throws Exception {
        PostgresEndpoint pg = infra.postgres();
        return DriverManager.getConnection(pg.jdbcUrl(db), pg.user(), pg.password());
    }

    private static void produce(String bootstrap, String topic, String value) throws Exception {
        // Topics are never auto-created on the dev-stack broker, as in production: services create theirs.
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            if (!admin.listTopics().names().get().contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
            }
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "k", value)).get();
        }
    }

    private static List<String> consumeAll(String bootstrap, String topic) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }
}
