package kz.dvp.events;

/** A record carries a CloudEvents type, or a class, that is not in the catalogue. */
public class UnknownEventTypeException extends EventFormatException {

    public UnknownEventTypeException(String type) {
        super("Unknown event type: " + type);
    }
}
