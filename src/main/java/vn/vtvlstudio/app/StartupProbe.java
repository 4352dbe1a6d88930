package vn.vtvlstudio.app;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Start-up measurement hooks, off unless {@code -Dvtvl.startupProbe=true}: prints the wall-clock time (epoch
 * milliseconds) when the window is first shown ({@code shown}) and when the first scheme is open and laid out
 * ({@code ready}), plus a few phases in between ({@code phase-…}), so a script that noted when it started the process
 * can compute the cold start. With {@code -Dvtvl.exitAfterShown=true} the app quits right after {@code ready}, which
 * is also how the packaging's CDS training run ends.
 */
final class StartupProbe {

    private static final boolean ENABLED = Boolean.getBoolean("vtvl.startupProbe") || Boolean.getBoolean("vtvl.exitAfterShown");

    private StartupProbe() {
    }

    /** A phase of the start, e.g. "phase-db-open"; nothing unless enabled. */
    static void mark(String phase) {
        if (ENABLED) {
            report(phase);
        }
    }

    /** Call before the first {@code stage.show()}: reports "shown" when the window appears. */
    static void watchShown(Stage stage) {
        if (ENABLED) {
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> report("shown"));
        }
    }

    /**
     * The first scheme is open and laid out ({@code schemeOpen} false: there is none); quits if asked to. In the
     * packaging's CDS training run ({@code -Dvtvl.cdsTraining=true}) it first opens every tab of the workspace, which
     * are built only when first selected, so that their classes are in the archive too.
     */
    static void ready(boolean schemeOpen, Scene scene) {
        if (!ENABLED) {
            return;
        }
        report(schemeOpen ? "ready" : "ready-empty");
        if (!Boolean.getBoolean("vtvl.exitAfterShown")) {
            return;
        }
        if (Boolean.getBoolean("vtvl.cdsTraining") && scene.lookup("#tabs") instanceof TabPane tabs) {
            visitTabs(scene, tabs, 1, () -> Platform.runLater(Platform::exit));
        } else {
            Platform.runLater(Platform::exit);
        }
    }

    private static void visitTabs(Scene scene, TabPane tabs, int index, Runnable then) {
        if (index >= tabs.getTabs().size()) {
            tabs.getSelectionModel().select(0);
            DesktopApp.afterNextLayout(scene, then);
            return;
        }
        tabs.getSelectionModel().select(index);
        DesktopApp.afterNextLayout(scene, () -> Platform.runLater(() -> visitTabs(scene, tabs, index + 1, then)));
    }

    private static void report(String what) {
        System.out.println("vtvl.startup " + what + " " + System.currentTimeMillis());
        System.out.flush();
    }
}
