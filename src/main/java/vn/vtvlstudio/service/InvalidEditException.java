package vn.vtvlstudio.service;

/** An edit refused before it reaches the store; {@code field} names what to correct, the message says how (Vietnamese). */
public final class InvalidEditException extends RuntimeException {

    private final String field;

    public InvalidEditException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
