package vn.vtvlstudio.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import vn.vtvlstudio.persistence.Database;
import vn.vtvlstudio.service.SampleLoader;

/**
 * The window's database being opened on a thread of its own (with the samples loaded into a database this opening
 * created): H2, jOOQ and a first run's sample loading run while the window is already on screen and builds its
 * workspace, instead of before the window shows.
 */
final class DatabaseOpening {

    private final CompletableFuture<Database> result = new CompletableFuture<>();

    private DatabaseOpening() {
    }

    /** Starts opening {@code database} now. */
    static DatabaseOpening start(Path database) {
        DatabaseOpening opening = new DatabaseOpening();
        Thread t = new Thread(() -> {
            try {
                Database db = openWithSamples(database);
                StartupProbe.mark("phase-db-open");
                opening.result.complete(db);
            } catch (Throwable e) { // anything, so that the window is never left waiting
                opening.result.completeExceptionally(e);
            }
        }, "vtvl-open");
        // daemon: no exit waits for it by accident; DesktopApp.stop() waits for it on purpose
        t.setDaemon(true);
        t.start();
        return opening;
    }

    /** Opens the database; a database this call created gets the samples, so a new user opens real content. */
    static Database openWithSamples(Path path) {
        Database db = Database.open(path);
        if (db.wasCreated()) {
            try {
                new SampleLoader(db.repositories()).loadBundled();
            } catch (RuntimeException e) {
                db.close();
                throw e;
            }
        }
        return db;
    }

    CompletableFuture<Database> result() {
        return result;
    }

    /** Waits until the opening has ended: the database, or null when it failed. */
    Database await() {
        try {
            return result.get();
        } catch (ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    static Throwable unwrap(Throwable e) {
        return (e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null ? e.getCause() : e;
    }
}
