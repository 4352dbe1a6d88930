package vn.vtvlstudio.app;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import vn.vtvlstudio.ui.main.MainViewModel;

/**
 * Start-up measurement hooks, off unless {@code -Dvtvl.startupProbe=true}: prints the wall-clock time (epoch
 * milliseconds) when the window is first shown and when the first scheme is open and laid out, so a script that noted
 * when it started the process can compute the cold start. With {@code -Dvtvl.exitAfterShown=true} the app quits right
 * after, which is also how the packaging's CDS training run ends.
 */
final class StartupProbe {

    private StartupProbe() {
    }

    static boolean enabled() {
        return Boolean.getBoolean("vtvl.startupProbe") || Boolean.getBoolean("vtvl.exitAfterShown");
    }

    /** Call before {@code stage.show()}. */
    static void watch(Stage stage, MainViewModel viewModel) {
        if (!enabled()) {
            return;
        }
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> report("shown"));
        ChangeListener<Boolean> whenIdle = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean busy) {
                // the view model publishes right after clearing busy; look once that is done
                Platform.runLater(() -> {
                    boolean opened = viewModel.snapshotProperty().get() != null;
                    if (!viewModel.busyProperty().get() && (opened || viewModel.schemeItems().isEmpty())) {
                        viewModel.busyProperty().removeListener(this);
                        afterNextLayout(stage, opened ? "ready" : "ready-empty");
                    }
                });
            }
        };
        viewModel.busyProperty().addListener(whenIdle);
    }

    private static void afterNextLayout(Stage stage, String what) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            if (once[0] == null) {
                return;
            }
            Runnable self = once[0];
            once[0] = null;
            Platform.runLater(() -> stage.getScene().removePostLayoutPulseListener(self));
            report(what);
            if (Boolean.getBoolean("vtvl.exitAfterShown")) {
                Platform.runLater(Platform::exit);
            }
        };
        stage.getScene().addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private static void report(String what) {
        System.out.println("vtvl.startup " + what + " " + System.currentTimeMillis());
        System.out.flush();
    }
}
