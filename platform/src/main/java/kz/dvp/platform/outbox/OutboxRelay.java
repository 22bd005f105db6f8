package kz.dvp.platform.outbox;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Moves committed outbox events to Kafka: read the oldest batch of its queue ({@code outbox_pending}), send it, wait
 * for the acks, take it off the queue. Wakes on PostgreSQL NOTIFY and polls as a fallback. Everything runs on one
 * thread, so batches go out strictly in outbox order. A crash between send and mark re-sends the batch on restart
 * (at-least-once); consumers drop the duplicates through their inbox.
 */
@ApplicationScoped
public class OutboxRelay {

    private final OutboxStore store;
    private final OutboxPublisher publisher;
    private final OutboxConfig config;
    private final Vertx vertx;
    private final RelayDatabase database;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean wakeUpQueued = new AtomicBoolean();
    private volatile boolean paused;
    private RelayLeadership leadership;

    public OutboxRelay(OutboxStore store, OutboxPublisher publisher, OutboxConfig config, Vertx vertx,
                       RelayDatabase database) {
        this.store = store;
        this.publisher = publisher;
        this.config = config;
        this.vertx = vertx;
        this.database = database;
    }

    void start(@Observes StartupEvent startup) {
        if (!config.relayEnabled()) {
            Log.info("Outbox relay disabled on this instance (dvp.outbox.relay-enabled=false)");
            return;
        }
        leadership = new RelayLeadership(vertx, database.options(), "dvp-outbox-relay" + config.source(), this::wakeUp);
        long pollMillis = config.pollInterval().toMillis();
        thread.scheduleWithFixedDelay(this::relayAll, 0, pollMillis, TimeUnit.MILLISECONDS);
        thread.scheduleWithFixedDelay(this::purge, 1, 60, TimeUnit.MINUTES);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        thread.shutdownNow();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (leadership != null) {
            leadership.close();
        }
    }

    /** Stops relaying (events keep accumulating in the outbox) until {@link #resume()}; for maintenance. */
    public void pause() {
        paused = true;
    }

    public void resume() {
        paused = false;
        wakeUp();
    }

    /** Asks for a relay round soon; several requests before it runs make one round. */
    public void wakeUp() {
        if (wakeUpQueued.compareAndSet(false, true) && !thread.isShutdown()) {
            thread.execute(() -> {
                wakeUpQueued.set(false);
                relayAll();
            });
        }
    }

    private void relayAll() {
        try {
            while (!paused && leadership.holdOrAcquire() && relayOneBatch() == config.batchSize()) {
                // a full batch: there may be more right behind it
            }
        } catch (OutboxPublishException e) {
            Log.warnf("Outbox relay will retry: %s", e.getMessage());
        } catch (RuntimeException e) {
            Log.warnf("Outbox relay round failed, will retry: %s", e.toString());
        }
    }

    private int relayOneBatch() {
        List<PendingEvent> batch = store.nextBatch(config.batchSize());
        if (!batch.isEmpty()) {
            publisher.publish(batch);
            store.markPublished(batch);
        }
        return batch.size();
    }

    private void purge() {
        try {
            if (!paused && leadership.holdOrAcquire()) {
                int purged = store.purgeRelayedBefore(config.retention());
                if (purged > 0) {
                    Log.infof("Purged %d relayed outbox events older than %s", purged, config.retention());
                }
            }
        } catch (RuntimeException e) {
            Log.warnf("Outbox purge failed, will retry: %s", e.toString());
        }
    }
}
