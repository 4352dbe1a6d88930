package vn.vtvlstudio.persistence;

/** Another program (usually a second VTVL Studio) holds the database file open. */
public class DatabaseLockedException extends DatabaseException {

    public DatabaseLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
