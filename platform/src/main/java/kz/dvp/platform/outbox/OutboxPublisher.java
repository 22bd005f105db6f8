package kz.dvp.platform.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dvp.events.EventCodec;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Sends outbox events as CloudEvents binary-mode records keyed by aggregate id, with an idempotent producer
 * ({@code acks=all}): retries never duplicate or reorder records within a partition.
 *
 * <p>A failed publish discards its producer. Otherwise records of the failed attempt still queued behind the
 * failed one (say events 4 and 5 of a volunteer after 1–3 expired) would reach the topic before the relay's
 * re-send of 1–5, and consumers would apply 4, 5, 1, 2, 3.
 */
@ApplicationScoped
public class OutboxPublisher {

    private static final EventCodec CODEC = new EventCodec();

    private final Map<String, Object> settings;
    /** Only the relay's single thread replaces it; {@code null} after a failure until the next publish. */
    private volatile KafkaProducer<String, byte[]> producer;

    public OutboxPublisher(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap,
                           @ConfigProperty(name = "dvp.outbox.source") String source) {
        this.settings = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay" + source.replace('/', '-'),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.LINGER_MS_CONFIG, 2,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
    }

    /**
     * Sends the events in order and waits until the broker has acknowledged all of them.
     *
     * @throws OutboxPublishException if any record was not acknowledged; the caller re-sends the whole batch
     */
    public void publish(List<PendingEvent> events) {
        KafkaProducer<String, byte[]> current = producer();
        // Closing from the callback runs on the producer's own I/O thread, before it can send another request:
        // every record still queued is failed, none is delivered late.
        Callback discardOnFailure = (metadata, failure) -> {
            if (failure != null) {
                current.close(Duration.ZERO);
            }
        };
        List<Future<RecordMetadata>> acks = new ArrayList<>(events.size());
        try {
            for (PendingEvent event : events) {
                acks.add(current.send(record(event), discardOnFailure));
            }
            for (Future<RecordMetadata> ack : acks) {
                ack.get();
            }
        } catch (ExecutionException | RuntimeException e) {
            discard(current);
            throw new OutboxPublishException(e instanceof ExecutionException ? e.getCause() : e);
        } catch (InterruptedException e) {
            discard(current);
            Thread.currentThread().interrupt();
            throw new OutboxPublishException(e);
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(settings, new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    private void discard(KafkaProducer<String, byte[]> failed) {
        failed.close(Duration.ZERO);
        producer = null;
    }

    private static ProducerRecord<String, byte[]> record(PendingEvent event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.topic(), null,
                event.aggregateId().toString(), event.payload().getBytes(StandardCharsets.UTF_8));
        CODEC.headers(event.id(), event.eventType(), event.source(), event.aggregateId().toString(), event.occurredAt())
                .forEach((name, value) -> record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
        return record;
    }

    @PreDestroy
    void close() {
        if (producer != null) {
            producer.close();
        }
    }
}
