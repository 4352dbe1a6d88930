package vn.vtvlstudio.service;

/** Something the user asked for by id or code does not exist. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
