package kz.dvp.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code dvp.outbox.*}: how the relay moves committed events to Kafka. */
@ConfigMapping(prefix = "dvp.outbox")
public interface OutboxConfig {

    /** CloudEvents {@code source} of this service's events, e.g. {@code /dvp/identity-service}. */
    String source();

    /** Whether this instance runs a relay at all (only one instance of a service relays at a time anyway). */
    @WithDefault("true")
    boolean relayEnabled();

    /** Fallback polling when no NOTIFY arrives (lost connection, another instance inserted while we were down). */
    @WithDefault("1s")
    Duration pollInterval();

    /** Events read, sent and marked per round. */
    @WithDefault("500")
    int batchSize();

    /** How long relayed events stay in the table for audit before they are deleted. */
    @WithDefault("P7D")
    Duration retention();
}
