package kz.dvp.platform.outbox;

/** Kafka did not acknowledge a batch; the events stay in the outbox and are sent again. */
public class OutboxPublishException extends RuntimeException {

    public OutboxPublishException(Throwable cause) {
        super("Kafka did not acknowledge the batch: " + cause.getMessage(), cause);
    }
}
