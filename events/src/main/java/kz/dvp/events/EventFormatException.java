package kz.dvp.events;

/** A Kafka record cannot be read as a catalogue event: missing headers, unknown type or malformed body. */
public class EventFormatException extends RuntimeException {

    public EventFormatException(String message) {
        super(message);
    }

    public EventFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
