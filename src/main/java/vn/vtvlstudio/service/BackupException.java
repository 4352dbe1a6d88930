package vn.vtvlstudio.service;

/** A backup that cannot be written, or a backup file that cannot be trusted for a restore. */
public class BackupException extends RuntimeException {

    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
