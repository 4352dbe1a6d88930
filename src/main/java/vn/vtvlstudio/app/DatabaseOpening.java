package vn.vtvlstudio.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import vn.vtvlstudio.persistence.Database;
import vn.vtvlstudio.service.SampleLoader;

/**
 * The window's database being opened on a thread of its own (with the samples loaded into a database this opening
 * created), so that H2, jOOQ and a first run's sample loading run while JavaFX starts and the window first shows,
 * instead of before it. {@link Main} starts it before the toolkit; {@link DesktopApp} takes it over.
 */
final class DatabaseOpening {

    private static DatabaseOpening early;

    private final Path database;
    private final CompletableFuture<Database> result = new CompletableFuture<>();

    private DatabaseOpening(Path database) {
        this.database = database;
    }

    /** Starts opening {@code database} now. */
    static DatabaseOpening start(Path database) {
        DatabaseOpening opening = new DatabaseOpening(database);
        Thread t = new Thread(() -> {
            try {
                Database db = openWithSamples(database);
                StartupProbe.mark("phase-db-open");
                opening.result.complete(db);
            } catch (Throwable e) { // anything, so that the window is never left waiting
                opening.result.completeExceptionally(e);
            }
        }, "vtvl-open");
        // daemon: the JVM must not wait for it when the toolkit fails; DesktopApp.stop() waits for it instead
        t.setDaemon(true);
        t.start();
        return opening;
    }

    /** Starts opening {@code database} before the window exists; {@link #take} picks it up. */
    static synchronized void startEarly(Path database) {
        early = start(database);
    }

    /** The opening started early for {@code database}, else a new one. */
    static synchronized DatabaseOpening take(Path database) {
        DatabaseOpening o = early;
        early = null;
        return o != null && o.database.equals(database) ? o : start(database);
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

    Path database() {
        return database;
    }

    CompletableFuture<Database> result() {
        return result;
    }

    /** Why it failed, if it has already failed (null while opening or when it succeeded). */
    Throwable failureNow() {
        if (!result.isCompletedExceptionally()) {
            return null;
        }
        try {
            result.join();
            return null;
        } catch (CompletionException e) {
            return unwrap(e);
        }
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
