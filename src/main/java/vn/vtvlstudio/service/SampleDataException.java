package vn.vtvlstudio.service;

/** A sample file that cannot be read or refers to something that does not exist. */
public class SampleDataException extends RuntimeException {

    public SampleDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
