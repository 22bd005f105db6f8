package kz.dvp.platform;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import kz.dvp.events.ActivityMethod;
import kz.dvp.events.ActivityStatus;
import kz.dvp.events.ActivitySubmitted;
import kz.dvp.events.Category;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Events, topic reads and projection reads shared by the platform tests. */
final class Fixtures {

    private Fixtures() {
    }

    /** The n-th submission of a volunteer: its hours field carries n, so order is visible downstream. */
    static ActivitySubmitted submission(UUID volunteerId, int n) {
        Instant start = Instant.parse("2026-05-01T04:00:00Z").plus(Duration.ofDays(n));
        return new ActivitySubmitted(UUID.randomUUID(), volunteerId, UUID.randomUUID(), UUID.randomUUID(),
                "ZHAS_AGASH", Category.ECOLOGY, "KZ-71", start, start.plus(Duration.ofHours(n)),
                BigDecimal.valueOf(n), ActivityMethod.SELF_REPORT, ActivityStatus.SUBMITTED, start.plusSeconds(60));
    }

    /** Every record of a topic whose key is {@code key}, from the beginning up to the current end. */
    static List<ConsumerRecord<String, byte[]>> recordsWithKey(String bootstrap, String topic, String key) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(20)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                }
            }
        }
        return found;
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** applied count and order of a volunteer in the test projection, if any event was applied. */
    static Optional<Row> projection(Pool pool, UUID volunteerId) {
        var rows = pool.preparedQuery("select applied, sequence from test_hours where volunteer_id = $1")
                .execute(Tuple.of(volunteerId)).await().atMost(Duration.ofSeconds(10));
        return rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next());
    }

    static long count(Pool pool, String sql, Object... params) {
        return pool.preparedQuery(sql).execute(Tuple.from(params)).await().atMost(Duration.ofSeconds(10))
                .iterator().next().getLong(0);
    }
}
