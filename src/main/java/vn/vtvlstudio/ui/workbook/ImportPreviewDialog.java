package vn.vtvlstudio.ui.workbook;

import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * What an import would change, before anything is saved: the counts, a table of the changes (sheet, row, position
 * code, field, old → new) or, for a file that cannot be imported, its problems in red with sheet, row, column and
 * field. "Nhập" saves all of it as one undoable step; "Hủy" (or closing) saves nothing. Not blocking: the result is
 * handed to the ViewModel when the dialog closes.
 */
public final class ImportPreviewDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType apply;
    private final TableView<DossierViewModel.ChangeRow> changes = new TableView<>();
    private final TableView<DossierViewModel.ProblemRow> problems = new TableView<>();
    private boolean closing;

    ImportPreviewDialog(DossierViewModel viewModel, ResourceBundle messages, Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setResizable(true);
        dialog.setTitle(viewModel.reviewTitleProperty().get());
        dialog.setHeaderText(viewModel.reviewTitleProperty().get()); // the file's name, also when the title bar is hidden
        apply = new ButtonType(messages.getString("import.apply"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.getString("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(apply, cancel);
        Button applyButton = (Button) dialog.getDialogPane().lookupButton(apply);
        applyButton.disableProperty().bind(viewModel.canApplyProperty().not());
        applyButton.setId("importApply");

        Label summary = new Label();
        summary.textProperty().bind(viewModel.reviewSummaryProperty());
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // else a VBox cuts the wrapped text to one line
        var review = viewModel.reviewProperty().get();
        boolean refused = review != null && (review.refusal() != null || !review.problems().isEmpty());
        summary.getStyleClass().add(refused ? "import-refused" : "import-summary");
        summary.setId("importSummary");

        changes.setId("importChanges");
        changes.setItems(viewModel.changeRows());
        changes.getColumns().setAll(java.util.List.of(
                column(messages.getString("import.col.sheet"), 120, DossierViewModel.ChangeRow::sheet),
                column(messages.getString("import.col.row"), 55, DossierViewModel.ChangeRow::row),
                column(messages.getString("import.col.code"), 120, DossierViewModel.ChangeRow::code),
                column(messages.getString("import.col.field"), 130, DossierViewModel.ChangeRow::field),
                column(messages.getString("import.col.before"), 230, DossierViewModel.ChangeRow::before),
                column(messages.getString("import.col.after"), 280, DossierViewModel.ChangeRow::after)));
        changes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        problems.setId("importProblems");
        problems.getStyleClass().add("import-problems");
        problems.setItems(viewModel.problemRows());
        problems.getColumns().setAll(java.util.List.of(
                column(messages.getString("import.col.sheet"), 120, DossierViewModel.ProblemRow::sheet),
                column(messages.getString("import.col.row"), 55, DossierViewModel.ProblemRow::row),
                column(messages.getString("import.col.column"), 55, DossierViewModel.ProblemRow::column),
                column(messages.getString("import.col.field"), 150, DossierViewModel.ProblemRow::field),
                column(messages.getString("import.col.message"), 500, DossierViewModel.ProblemRow::message)));
        problems.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        boolean table = !viewModel.problemRows().isEmpty() || !viewModel.changeRows().isEmpty();
        VBox content = new VBox(8, summary);
        content.setPadding(new javafx.geometry.Insets(4, 2, 0, 2));
        if (!viewModel.problemRows().isEmpty()) {
            Label title = new Label(messages.getString("import.problems") + " (" + viewModel.problemRows().size() + ")");
            title.getStyleClass().add("pane-title");
            content.getChildren().addAll(title, problems);
            VBox.setVgrow(problems, Priority.ALWAYS);
        } else if (!viewModel.changeRows().isEmpty()) {
            Label title = new Label(messages.getString("import.changes") + " (" + viewModel.changeRows().size() + ")");
            title.getStyleClass().add("pane-title");
            content.getChildren().addAll(title, changes);
            VBox.setVgrow(changes, Priority.ALWAYS);
        }
        if (viewModel.canApplyProperty().get()) {
            Label note = new Label(messages.getString("import.note"));
            note.setWrapText(true);
            note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            note.getStyleClass().add("import-note");
            content.getChildren().add(note);
        }
        dialog.getDialogPane().setContent(content);
        if (!table) {
            dialog.getDialogPane().setPrefWidth(720); // a refused file or nothing to import: one message
        } else {
            sizeForTable();
        }
        dialog.getDialogPane().getStylesheets().add(ImportPreviewDialog.class.getResource("dossier.css").toExternalForm());
        dialog.setResultConverter(button -> button);
        dialog.setOnHidden(e -> {
            if (closing) {
                return;
            }
            if (dialog.getResult() == apply) {
                viewModel.applyReview();
            } else {
                viewModel.discardReview();
            }
        });
    }

    /** Wide enough for the six columns on a 1366×768 screen; the pane's pref size alone does not size the window. */
    private void sizeForTable() {
        dialog.getDialogPane().setPrefSize(1000, 540);
        dialog.getDialogPane().setMinSize(760, 400);
        dialog.setOnShown(e -> {
            Window w = dialog.getDialogPane().getScene().getWindow();
            w.setWidth(Math.max(w.getWidth(), 1000));
            w.setHeight(Math.max(w.getHeight(), 560));
            if (w instanceof javafx.stage.Stage stage && stage.getOwner() != null) {
                Window o = stage.getOwner();
                stage.setX(o.getX() + Math.max(0, (o.getWidth() - stage.getWidth()) / 2));
                stage.setY(o.getY() + Math.max(0, (o.getHeight() - stage.getHeight()) / 2));
            }
        });
    }

    private static <R> TableColumn<R, String> column(String title, double width, Function<R, String> value) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    void show() {
        dialog.show();
    }

    /** Closes without telling the ViewModel (it closed the review itself). */
    void close() {
        closing = true;
        dialog.close();
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }
}
