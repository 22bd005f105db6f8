package kz.dvp.platform.testing;

import kz.dvp.events.CloudEvent;
import kz.dvp.events.DvpEvent;
import kz.dvp.events.EventCodec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Kafka as other services see it: publish what an upstream service would, read what this one published. */
public final class TestEvents {

    private static final EventCodec CODEC = new EventCodec();

    private TestEvents() {
    }

    /** Publishes events exactly as the producing service's outbox relay would (binary-mode CloudEvents). */
    public static void publish(String bootstrap, String source, DvpEvent... events) {
        CloudEvent[] cloudEvents = new CloudEvent[events.length];
        for (int i = 0; i < events.length; i++) {
            cloudEvents[i] = CloudEvent.of(source, events[i]);
        }
        publish(bootstrap, cloudEvents);
    }

    /** Publishes given CloudEvents; the same one twice is a redelivery (same {@code ce_id}). */
    public static void publish(String bootstrap, CloudEvent... cloudEvents) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringSerializer(), new ByteArraySerializer())) {
            for (CloudEvent cloudEvent : cloudEvents) {
                producer.send(record(cloudEvent)).get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The record the producing service's relay would send for this event (binary-mode CloudEvent). */
    public static ProducerRecord<String, byte[]> record(CloudEvent cloudEvent) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(cloudEvent.type().topic(), cloudEvent.subject(),
                CODEC.body(cloudEvent.data()));
        CODEC.headers(cloudEvent).forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    /** Every event of a topic with this key, decoded, in topic order. */
    public static List<CloudEvent> withKey(String bootstrap, String topic, String key) {
        List<CloudEvent> found = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : records(bootstrap, topic, key)) {
            Map<String, String> headers = new HashMap<>();
            r.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
            found.add(CODEC.decode(headers, r.value()));
        }
        return found;
    }

    /** Every record of a topic whose key is {@code key}, undecoded, from the beginning up to the current end. */
    public static List<ConsumerRecord<String, byte[]>> records(String bootstrap, String topic, String key) {
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

    /** A header's value as text, or null. */
    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
