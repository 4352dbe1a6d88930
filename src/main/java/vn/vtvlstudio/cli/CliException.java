package vn.vtvlstudio.cli;

/** A usage or input error: printed as one line, exit code 2. */
public class CliException extends RuntimeException {

    public CliException(String message) {
        super(message);
    }
}
