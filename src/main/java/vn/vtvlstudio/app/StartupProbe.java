package vn.vtvlstudio.app;

import javafx.application.Platform;
import javafx.scene.Scene;
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
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> report("shown"));
        }
    }

    /** The first scheme is open and laid out ({@code schemeOpen} false: there is none); quits if asked to. */
    static void ready(boolean schemeOpen) {
        if (!ENABLED) {
            return;
        }
        report(schemeOpen ? "ready" : "ready-empty");
        if (Boolean.getBoolean("vtvl.exitAfterShown")) {
            Platform.runLater(Platform::exit);
        }
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
