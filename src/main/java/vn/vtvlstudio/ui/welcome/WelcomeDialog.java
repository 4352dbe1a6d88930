package vn.vtvlstudio.ui.welcome;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/** The first-run welcome over the main window: where the data lives, a new scheme, backing up. */
public final class WelcomeDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();

    public WelcomeDialog(WelcomeViewModel viewModel, Window owner) {
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.titleProperty().bind(viewModel.titleProperty());
        dialog.setHeaderText(viewModel.headingProperty().get());

        Label data = wrapping(viewModel.dataLocationProperty().get());
        TextField path = new TextField(viewModel.databasePathProperty().get());
        path.setEditable(false);
        path.setId("welcomeDatabasePath");
        Label newScheme = wrapping(viewModel.newSchemeProperty().get());
        Label backup = wrapping(viewModel.backupProperty().get());
        VBox content = new VBox(10, data, path, newScheme, backup);
        content.setPadding(new Insets(4, 0, 0, 0));
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(
                new ButtonType(viewModel.closeLabelProperty().get(), ButtonBar.ButtonData.OK_DONE));
    }

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(560);
        return label;
    }

    /** Shows the welcome without blocking the caller. */
    public void show() {
        dialog.show();
    }

    Dialog<ButtonType> dialog() {
        return dialog;
    }
}
