package kz.dvp.platform.inbox;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dvp.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Moves a record that can never be applied to this service's dead-letter topic, with the same headers as the
 * channels' {@code dead-letter-queue} strategy. Batch consumers use it: a channel's own strategy would
 * dead-letter the whole batch with the one bad record.
 */
@ApplicationScoped
public class DeadLetters {

    private final String bootstrap;
    private final Optional<String> service;
    private KafkaProducer<String, byte[]> producer;

    public DeadLetters(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap,
                       @ConfigProperty(name = "dvp.kafka.dead-letter-service") Optional<String> service) {
        this.bootstrap = bootstrap;
        this.service = service;
    }

    /** Completes once the broker has the dead letter; the record's offset may be committed after that. */
    public Uni<Void> send(ConsumerRecord<String, byte[]> record, Throwable reason) {
        ProducerRecord<String, byte[]> letter = new ProducerRecord<>(Topics.deadLetter(service.orElseThrow(() ->
                new IllegalStateException("dvp.kafka.dead-letter-service is not set"))), null, record.key(), record.value(),
                new RecordHeaders(record.headers().toArray()));
        header(letter, "dead-letter-reason", String.valueOf(reason.getMessage()));
        header(letter, "dead-letter-cause", reason.getClass().getName());
        header(letter, "dead-letter-topic", record.topic());
        header(letter, "dead-letter-partition", Integer.toString(record.partition()));
        header(letter, "dead-letter-offset", Long.toString(record.offset()));
        return Uni.createFrom().emitter(done -> producer().send(letter, (metadata, failure) -> {
            if (failure == null) {
                done.complete(null);
            } else {
                done.fail(failure);
            }
        }));
    }

    private synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.CLIENT_ID_CONFIG, "dead-letters"),
                    new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    private static void header(ProducerRecord<String, byte[]> letter, String name, String value) {
        letter.headers().remove(name);
        letter.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close();
        }
    }
}
