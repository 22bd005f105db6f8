package kz.dvp.bench;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** The same PostgreSQL and Kafka without the platform: the ceilings the platform's figures are compared with. */
final class RawLimits {

    private RawLimits() {
    }

    /** Single-row INSERT transactions (autocommit) from {@code clients} connections, like pgbench's simple insert. */
    static Load.Result postgresInserts(String jdbcBase, int clients, Duration duration) throws Exception {
        try (Connection admin = DriverManager.getConnection(jdbcBase + "postgres", "postgres", "postgres");
             Statement s = admin.createStatement()) {
            s.execute("drop database if exists bench_raw");
            s.execute("create database bench_raw");
        }
        String url = jdbcBase + "bench_raw";
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute("create table raw_insert (id bigserial primary key, volunteer uuid not null, hours numeric(5,2), at timestamptz default now())");
        }
        Histogram latencies = new Histogram(TimeUnit.SECONDS.toMicros(10), 3);
        AtomicLong done = new AtomicLong();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread thread = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                     PreparedStatement insert = c.prepareStatement("insert into raw_insert (volunteer, hours) values (?, ?)")) {
                    while (System.nanoTime() < end) {
                        long t = System.nanoTime();
                        insert.setObject(1, java.util.UUID.randomUUID());
                        insert.setBigDecimal(2, java.math.BigDecimal.ONE);
                        insert.executeUpdate();
                        synchronized (latencies) {
                            latencies.recordValue(Math.max(1, (System.nanoTime() - t) / 1000));
                        }
                        done.incrementAndGet();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        return new Load.Result(done.get(), 0, Duration.ofNanos(System.nanoTime() - start), latencies);
    }

    /** 400-byte records with acks=all to a 12-partition topic, as fast as the producer goes. */
    static Load.Result kafkaProducer(String bootstrap, Duration duration) throws Exception {
        String topic = "bench.raw." + System.currentTimeMillis();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 12, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        byte[] value = new byte[400];
        new Random(1).nextBytes(value);
        Histogram latencies = new Histogram(TimeUnit.SECONDS.toMicros(30), 3);
        AtomicLong acked = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long start;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.LINGER_MS_CONFIG, 5),
                new StringSerializer(), new ByteArraySerializer())) {
            start = System.nanoTime();
            long end = start + duration.toNanos();
            long n = 0;
            while (System.nanoTime() < end) {
                long sent = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, Long.toString(n++ % 10_000), value), (metadata, error) -> {
                    if (error != null) {
                        failed.incrementAndGet();
                        return;
                    }
                    acked.incrementAndGet();
                    synchronized (latencies) {
                        latencies.recordValue(Math.max(1, Math.min(latencies.getHighestTrackableValue(),
                                (System.nanoTime() - sent) / 1000)));
                    }
                });
            }
            producer.flush();
        }
        return new Load.Result(acked.get(), failed.get(), Duration.ofNanos(System.nanoTime() - start), latencies);
    }
}
