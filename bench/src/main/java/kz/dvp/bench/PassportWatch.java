package kz.dvp.bench;

import kz.dvp.events.CloudEvent;
import kz.dvp.events.EventCodec;
import kz.dvp.events.PassportUpdated;
import kz.dvp.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Follows the public passport topic as a dashboard would, noting when each volunteer's passport first showed
 * each count of verified activities: the far end of "verification → passport".
 */
final class PassportWatch implements AutoCloseable {

    /** volunteer id → (verified activities → when first seen, System.nanoTime()). */
    final Map<String, Map<Integer, Long>> firstSeen = new ConcurrentHashMap<>();
    private final Thread reader;
    private volatile boolean running = true;

    PassportWatch(String bootstrap) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        consumer.partitionsFor(Topics.PASSPORT_PASSPORTS).forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // settle the positions before the load starts
        EventCodec codec = new EventCodec();
        reader = new Thread(() -> {
            try (consumer) {
                while (running) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(20))) {
                        long now = System.nanoTime();
                        Map<String, String> headers = new HashMap<>();
                        for (Header h : record.headers()) {
                            headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
                        }
                        CloudEvent event = codec.decode(headers, record.value());
                        if (event.data() instanceof PassportUpdated updated) {
                            firstSeen.computeIfAbsent(updated.volunteerId().toString(), k -> new ConcurrentHashMap<>())
                                    .putIfAbsent(updated.verifiedActivities(), now);
                        }
                    }
                }
            }
        }, "passport-watch");
        reader.setDaemon(true); // a failed run must not keep the JVM alive
        reader.start();
    }

    /** When the passport first showed at least {@code count} verified activities, or null. */
    Long shown(String volunteer, int count) {
        Map<Integer, Long> seen = firstSeen.get(volunteer);
        if (seen == null) {
            return null;
        }
        return seen.entrySet().stream().filter(e -> e.getKey() >= count).map(Map.Entry::getValue).min(Long::compare)
                .orElse(null);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        reader.join();
    }
}
