import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The floor of the start-up measurement: a bare JavaFX window of the app's size, packaged and run like the app
 * (same jlinked runtime, jpackage launcher, AppCDS). Prints the same probe lines as the app and quits after the first
 * laid-out pulse when -Dvtvl.exitAfterShown=true.
 */
public class HelloFx {

    /** Not itself an Application, so that it starts from the class path (as the app's Main does). */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static class Window extends Application {

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("VTVL Studio — cửa sổ trống")), 1366, 740);
        stage.setTitle("Hello");
        stage.setScene(scene);
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            report("shown");
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                if (once[0] == null) {
                    return;
                }
                once[0] = null;
                report("ready");
                if (Boolean.getBoolean("vtvl.exitAfterShown")) {
                    Platform.runLater(Platform::exit);
                }
            };
            scene.addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
        });
        stage.show();
    }
    }

    private static void report(String what) {
        System.out.println("vtvl.startup " + what + " " + System.currentTimeMillis());
        System.out.flush();
    }
}
