package vn.vtvlstudio.persistence;

/** A database that cannot be opened or used, with a message the user can act on. */
public class DatabaseException extends RuntimeException {

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
