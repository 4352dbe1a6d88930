package vn.vtvlstudio.ui;

import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/** Our standard dialogs. JavaFX ships no Vietnamese button texts, so the buttons are named from our bundles. */
public final class Dialogs {

    private Dialogs() {
    }

    /** Asks a yes/no question; true when the user confirms. */
    public static boolean confirm(ResourceBundle messages, String question) {
        ButtonType yes = new ButtonType(messages.getString("dialog.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(messages.getString("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yes, no);
        alert.setHeaderText(null);
        return alert.showAndWait().filter(b -> b == yes).isPresent();
    }
}
