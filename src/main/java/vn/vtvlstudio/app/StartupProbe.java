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

    static boolean enabled() {
        return ENABLED;
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
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> { report("shown"); if (Boolean.getBoolean("vtvl.exp.haltAtShown")) { report("ready"); Runtime.getRuntime().halt(0); } });
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
            afterNextLayout(scene, then);
            return;
        }
        tabs.getSelectionModel().select(index);
        afterNextLayout(scene, () -> Platform.runLater(() -> visitTabs(scene, tabs, index + 1, then)));
    }

    /** Runs {@code then} once, after the next pulse has laid out {@code scene} (so it is what the next frame shows). */
    static void afterNextLayout(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            if (once[0] == null) {
                return;
            }
            Runnable self = once[0];
            once[0] = null;
            Platform.runLater(() -> scene.removePostLayoutPulseListener(self));
            then.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private static void report(String what) {
        System.out.println("vtvl.startup " + what + " " + System.currentTimeMillis());
        System.out.flush();
    }
}
