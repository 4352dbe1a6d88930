package vn.vtvlstudio.service;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.vtvlstudio.domain.Transactor;

/**
 * Undo/redo of the edits of a session. Every apply, undo and redo is one transaction: when it fails, the store is
 * left as it was and the history does not move. A new edit clears the redo stack.
 */
public final class EditHistory {

    private static final int LIMIT = 200;

    private final Transactor transactor;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public EditHistory(Transactor transactor) {
        this.transactor = transactor;
    }

    public synchronized void perform(Edit edit) {
        transactor.run(edit::apply);
        undo.push(edit);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        changed();
    }

    /** Reverts the last edit; returns its label, or empty when there is nothing to undo. */
    public synchronized Optional<String> undo() {
        Edit edit = undo.peek();
        if (edit == null) {
            return Optional.empty();
        }
        transactor.run(edit::revert);
        redo.push(undo.pop());
        changed();
        return Optional.of(edit.label());
    }

    /** Applies again the last undone edit; returns its label, or empty when there is nothing to redo. */
    public synchronized Optional<String> redo() {
        Edit edit = redo.peek();
        if (edit == null) {
            return Optional.empty();
        }
        transactor.run(edit::apply);
        undo.push(redo.pop());
        changed();
        return Optional.of(edit.label());
    }

    public synchronized boolean canUndo() {
        return !undo.isEmpty();
    }

    public synchronized boolean canRedo() {
        return !redo.isEmpty();
    }

    public synchronized Optional<String> undoLabel() {
        return Optional.ofNullable(undo.peek()).map(Edit::label);
    }

    public synchronized Optional<String> redoLabel() {
        return Optional.ofNullable(redo.peek()).map(Edit::label);
    }

    /** Forgets everything, e.g. when another scheme is opened. */
    public synchronized void clear() {
        undo.clear();
        redo.clear();
        changed();
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
