package vn.vtvlstudio.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.vtvlstudio.domain.CancelledException;
import vn.vtvlstudio.domain.Progress;

/**
 * The window's long work (opening a scheme, the full check, export, import) as the progress bar and its "Hủy" button
 * see it: what runs, how far it got (0–1, or -1 while unknown), and a cancel that the work honours at its next step
 * ({@link Progress#checkCancelled()}).
 *
 * <p>Work runs on {@code background} and everything here changes on {@code ui} (both synchronous in tests). The
 * background executor runs one job after another, so the job shown is the oldest one not finished: the one running.
 * Progress is posted to the UI thread only when it moves by a tenth of a percent, so a 100,000-row export posts at
 * most a thousand updates.
 */
public final class LongWork {

    private final Executor background;
    private final Executor ui;
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final BooleanProperty cancelling = new SimpleBooleanProperty(false);
    /** Jobs submitted and not finished, oldest first; touched on the UI thread only. */
    private final List<Job> jobs = new ArrayList<>();

    public LongWork(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
    }

    /**
     * Runs {@code work} in the background with a progress bar titled {@code title}. Exactly one of the callbacks then
     * runs on the UI thread: {@code done} with the result, {@code cancelled} when the work stopped for a cancel, or
     * {@code failed} with what went wrong. Work that finishes although a cancel came too late counts as done.
     */
    public <T> void run(String title, Function<Progress, T> work, Consumer<T> done, Consumer<RuntimeException> failed,
                        Runnable cancelled) {
        Job job = new Job(title);
        jobs.add(job);
        show();
        background.execute(() -> {
            T result;
            try {
                result = work.apply(job);
            } catch (CancelledException e) {
                ui.execute(() -> {
                    finish(job);
                    cancelled.run();
                });
                return;
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    finish(job);
                    failed.accept(e);
                });
                return;
            }
            ui.execute(() -> {
                finish(job);
                done.accept(result);
            });
        });
    }

    /** Asks the job shown to stop; it does at its next step. */
    public void cancel() {
        if (!jobs.isEmpty()) {
            jobs.get(0).cancelRequested = true;
            cancelling.set(true);
        }
    }

    /** How far the job shown got, 0 to 1; -1 while it has not said (an indeterminate bar). */
    public ReadOnlyDoubleProperty progressProperty() { return progress; }
    /** What the job shown is doing, e.g. "Đang xuất hồ sơ de-an.xlsx…". */
    public ReadOnlyStringProperty messageProperty() { return message; }
    public ReadOnlyBooleanProperty runningProperty() { return running; }
    /** True between a cancel and the job stopping. */
    public ReadOnlyBooleanProperty cancellingProperty() { return cancelling; }

    private void finish(Job job) {
        jobs.remove(job);
        show();
    }

    private void show() {
        if (jobs.isEmpty()) {
            running.set(false);
            cancelling.set(false);
            message.set("");
            progress.set(-1);
            return;
        }
        Job job = jobs.get(0);
        message.set(job.title);
        progress.set(job.permille < 0 ? -1 : job.permille / 1000.0);
        cancelling.set(job.cancelRequested);
        running.set(true);
    }

    /** One job's progress, written by the background thread, shown on the UI thread. */
    private final class Job implements Progress {
        final String title;
        volatile boolean cancelRequested;
        volatile long permille = -1;

        Job(String title) {
            this.title = title;
        }

        @Override
        public void worked(long done, long total) {
            long now = total <= 0 ? -1 : Math.max(0, Math.min(1000, done * 1000 / total));
            if (now != permille) {
                permille = now;
                ui.execute(() -> {
                    if (!jobs.isEmpty() && jobs.get(0) == this) {
                        progress.set(permille < 0 ? -1 : permille / 1000.0);
                    }
                });
            }
        }

        @Override
        public boolean cancelled() {
            return cancelRequested;
        }
    }
}
