package vn.vtvlstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import vn.vtvlstudio.domain.Progress;

/** The progress bar's state for jobs run one after another, as the window's single background thread runs them. */
class LongWorkTest {

    /** Runs what it was given only when told, in order: the window's background thread, one step at a time. */
    static final class Later implements Executor {
        final Queue<Runnable> queue = new ArrayDeque<>();

        @Override
        public void execute(Runnable r) {
            queue.add(r);
        }

        void runNext() {
            queue.remove().run();
        }
    }

    /** Reports 1..steps of steps, checking for a cancel after each, and returns the steps done. */
    private static int steps(Progress progress, int steps) {
        for (int i = 1; i <= steps; i++) {
            progress.worked(i, steps);
            progress.checkCancelled();
        }
        return steps;
    }

    @Test
    void theOldestJobIsShownAndACancelStopsOnlyIt() {
        Later background = new Later();
        LongWork work = new LongWork(background, Runnable::run);
        List<String> outcome = new ArrayList<>();
        assertFalse(work.runningProperty().get());

        work.run("Đang xuất hồ sơ a.xlsx…", p -> steps(p, 4), n -> outcome.add("xuất " + n), e -> outcome.add("lỗi"),
                () -> outcome.add("xuất đã hủy"));
        work.run("Đang kiểm tra toàn bộ đề án…", p -> steps(p, 2), n -> outcome.add("kiểm tra " + n), e -> outcome.add("lỗi"),
                () -> outcome.add("kiểm tra đã hủy"));
        assertTrue(work.runningProperty().get());
        assertEquals("Đang xuất hồ sơ a.xlsx…", work.messageProperty().get(), "the job running first is the one shown");
        assertEquals(-1, work.progressProperty().get(), "nothing reported yet: an indeterminate bar");

        work.cancel();
        assertTrue(work.cancellingProperty().get());
        background.runNext();
        assertEquals(List.of("xuất đã hủy"), outcome);
        assertEquals("Đang kiểm tra toàn bộ đề án…", work.messageProperty().get());
        assertFalse(work.cancellingProperty().get(), "the cancel was for the export, not for the check");

        background.runNext();
        assertEquals(List.of("xuất đã hủy", "kiểm tra 2"), outcome);
        assertFalse(work.runningProperty().get());
        assertEquals("", work.messageProperty().get());
    }

    @Test
    void progressIsShownAsAFractionAndAFailureIsReported() {
        LongWork work = new LongWork(Runnable::run, Runnable::run);
        List<Double> seen = new ArrayList<>();
        work.progressProperty().addListener((obs, old, now) -> seen.add(now.doubleValue()));
        List<String> outcome = new ArrayList<>();
        work.run("…", p -> steps(p, 4), n -> outcome.add("xong " + n), e -> outcome.add(e.getMessage()), () -> outcome.add("hủy"));
        assertEquals(List.of(0.25, 0.5, 0.75, 1.0, -1.0), seen, "each step, then the bar is reset");
        work.run("…", p -> {
            throw new IllegalStateException("Không có đề án số 9.");
        }, n -> outcome.add("xong"), e -> outcome.add(e.getMessage()), () -> outcome.add("hủy"));
        assertEquals(List.of("xong 4", "Không có đề án số 9."), outcome);
        assertFalse(work.runningProperty().get());
    }

    @Test
    void aCancelDuringTheWorkStopsItAtTheNextStep() {
        LongWork work = new LongWork(Runnable::run, Runnable::run);
        work.progressProperty().addListener((obs, old, now) -> {
            if (now.doubleValue() >= 0.5) {
                work.cancel(); // the user clicks "Hủy" halfway
            }
        });
        int[] reached = {0};
        List<String> outcome = new ArrayList<>();
        work.run("…", p -> {
            for (int i = 1; i <= 10; i++) {
                p.worked(i, 10);
                p.checkCancelled();
                reached[0] = i;
            }
            return reached[0];
        }, n -> outcome.add("xong"), e -> outcome.add("lỗi"), () -> outcome.add("hủy"));
        assertEquals(List.of("hủy"), outcome);
        assertEquals(4, reached[0], "stopped at the step that reached half");
    }
}
