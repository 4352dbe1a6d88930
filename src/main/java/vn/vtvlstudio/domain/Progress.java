package vn.vtvlstudio.domain;

/**
 * How long work (opening a big scheme, a full check, export, import) reports how far it got and learns that the user
 * wants it stopped. Plain Java, so the service, rules and dossier layers can take it without knowing about windows or
 * threads: the window passes one that updates its progress bar, the command line and tests pass {@link #NONE}.
 *
 * <p>Cancellation is cooperative: the work calls {@link #checkCancelled()} between steps, which throws
 * {@link CancelledException}; whoever drew a transaction or opened a temporary file undoes it on the way out.
 */
public interface Progress {

    /** Reports nothing and is never cancelled. */
    Progress NONE = new Progress() {
        @Override
        public void worked(long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** {@code done} of {@code total} steps are finished (total may be an estimate; done never passes it). */
    void worked(long done, long total);

    /** True once the user asked to stop; the work should stop at its next step. */
    boolean cancelled();

    /** Throws {@link CancelledException} when the user asked to stop. */
    default void checkCancelled() {
        if (cancelled()) {
            throw new CancelledException();
        }
    }
}
