package kz.dvp.platform.inbox;

/**
 * A handler's verdict that an event can never be applied (it contradicts the contract): the record goes to
 * the dead-letter topic instead of being retried. The message must not contain personal data.
 */
public class RejectedEventException extends RuntimeException {

    public RejectedEventException(String message) {
        super(message);
    }
}
