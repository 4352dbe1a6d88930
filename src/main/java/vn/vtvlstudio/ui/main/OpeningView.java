package vn.vtvlstudio.ui.main;

import java.nio.file.Path;
import java.util.ResourceBundle;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * What the main window shows while its database opens and the workspace is built: the window's menu bar and status
 * line around "Đang mở đề án…". It is the first thing on screen at start-up, so it is built by hand from a few
 * light controls (no FXML, no tables); {@link MainView} replaces it as the window's content.
 */
public final class OpeningView {

    private OpeningView() {
    }

    /** The content for a window that is opening {@code dataFile}; {@code quit} runs on File ▸ Quit. */
    public static Parent build(ResourceBundle messages, Path dataFile, Runnable quit) {
        MenuItem quitItem = new MenuItem(messages.getString("menu.file.quit"));
        quitItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quitItem.setOnAction(e -> quit.run());
        Menu edit = new Menu(messages.getString("menu.edit"));
        Menu help = new Menu(messages.getString("menu.help"));
        edit.setDisable(true);
        help.setDisable(true);
        MenuBar menuBar = new MenuBar(new Menu(messages.getString("menu.file"), null, quitItem), edit, help);

        Label heading = new Label(messages.getString("opening.heading"));
        heading.setId("openingHeading");
        heading.setStyle("-fx-font-size: 1.4em;");
        Label file = new Label(dataFile.toAbsolutePath().toString());
        file.setStyle("-fx-text-fill: -color-fg-muted;");
        VBox center = new VBox(8, heading, file);
        center.setAlignment(Pos.CENTER);

        Label status = new Label(messages.getString("opening.status"));
        status.setStyle("-fx-text-fill: -color-fg-muted; -fx-font-size: 0.9em;");
        status.setPadding(new Insets(2, 12, 4, 12));

        BorderPane root = new BorderPane(center, menuBar, null, status, null);
        root.setId("openingView");
        root.setPrefSize(1366, 740);
        return root;
    }
}
