package vn.vtvlstudio.domain;

/**
 * Long work stopped because the user cancelled it (see {@link Progress}). Nothing it did is kept: a transaction is
 * rolled back, a file being written is deleted and the file it would have replaced is left as it was.
 */
public final class CancelledException extends RuntimeException {

    public CancelledException() {
        super("Đã hủy theo yêu cầu của người dùng.");
    }
}
