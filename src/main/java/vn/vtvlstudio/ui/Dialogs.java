package vn.vtvlstudio.ui;

import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;

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

    /** Asks for one of {@code choices} (the first is preselected); empty when cancelled. Owned by {@code owner}'s window. */
    public static <T> Optional<T> choose(ResourceBundle messages, Node owner, String title, List<T> choices) {
        ChoiceDialog<T> dialog = new ChoiceDialog<>(choices.get(0), choices);
        dialog.setHeaderText(null);
        dialog.setTitle(title);
        vietnameseButtons(messages, dialog, owner);
        return dialog.showAndWait();
    }

    /** Asks for a line of text; null when cancelled. */
    public static String askText(ResourceBundle messages, Node owner, String title) {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog();
        dialog.setHeaderText(null);
        dialog.setTitle(title);
        vietnameseButtons(messages, dialog, owner);
        return dialog.showAndWait().orElse(null);
    }

    private static void vietnameseButtons(ResourceBundle messages, Dialog<?> dialog, Node owner) {
        if (owner != null && owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        // the dialog's own OK/Cancel keep their roles (result converter), only their texts change
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).setText(messages.getString("dialog.confirm"));
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(messages.getString("dialog.cancel"));
    }
}
