package kz.dvp.platform.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dvp.events.EventCodec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Sends outbox events as CloudEvents binary-mode records keyed by aggregate id, with an idempotent producer
 * ({@code acks=all}): retries never duplicate or reorder records within a partition.
 */
@ApplicationScoped
public class OutboxPublisher {

    private static final EventCodec CODEC = new EventCodec();

    private final KafkaProducer<String, byte[]> producer;

    public OutboxPublisher(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap,
                           @ConfigProperty(name = "dvp.outbox.source") String source) {
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay" + source.replace('/', '-'),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.LINGER_MS_CONFIG, 2,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000),
                new StringSerializer(), new ByteArraySerializer());
    }

    /**
     * Sends the events in order and waits until the broker has acknowledged all of them.
     *
     * @throws OutboxPublishException if any record was not acknowledged; the caller re-sends the whole batch
     */
    public void publish(List<PendingEvent> events) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(events.size());
        try {
            for (PendingEvent event : events) {
                acks.add(producer.send(record(event)));
            }
            for (Future<RecordMetadata> ack : acks) {
                ack.get();
            }
        } catch (ExecutionException | RuntimeException e) {
            throw new OutboxPublishException(e instanceof ExecutionException ? e.getCause() : e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutboxPublishException(e);
        }
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
        producer.close();
    }
}
