package vn.vtvlstudio.ui.reference;

import java.util.ResourceBundle;
import java.util.function.Predicate;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import vn.vtvlstudio.ui.Formats;

/** The grade catalogue: filter, table, and the form of the selected (or a new) grade. */
public final class GradeCatalogView {

    private final GradeCatalogViewModel viewModel;
    private final ResourceBundle messages;
    private final ObservableStringValue mainError;
    private final Predicate<String> confirmer;

    @FXML private TextField gradeFilter;
    @FXML private ComboBox<String> gradeKindFilter;
    @FXML private Label gradeCount;
    @FXML private Button newGradeButton;
    @FXML private Button deleteGradeButton;
    @FXML private TableView<GradeRow> gradeTable;
    @FXML private TableColumn<GradeRow, Object> gradeCodeColumn;
    @FXML private TableColumn<GradeRow, Object> gradeNameColumn;
    @FXML private TableColumn<GradeRow, Object> gradeKindColumn;
    @FXML private TableColumn<GradeRow, Object> gradeTierColumn;
    @FXML private TableColumn<GradeRow, Object> gradeSectorColumn;
    @FXML private TableColumn<GradeRow, Object> gradeValidityColumn;
    @FXML private TableColumn<GradeRow, Object> gradeUsesColumn;
    @FXML private TableColumn<GradeRow, Object> gradeSourceColumn;
    @FXML private TextField gradeCodeField;
    @FXML private TextField gradeNameField;
    @FXML private ComboBox<String> gradeKindBox;
    @FXML private ComboBox<String> gradeTierBox;
    @FXML private TextField gradeSectorField;
    @FXML private TextField gradeFromField;
    @FXML private TextField gradeToField;
    @FXML private TextField gradeSourceField;
    @FXML private Button saveGradeButton;
    @FXML private Label gradeError;

    GradeCatalogView(GradeCatalogViewModel viewModel, ResourceBundle messages, ObservableStringValue mainError, Predicate<String> confirmer) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.mainError = mainError;
        this.confirmer = confirmer;
    }

    Parent load() {
        return FxmlViews.load("GradeCatalogView.fxml", this, messages);
    }

    @FXML
    private void initialize() {
        gradeFilter.textProperty().bindBidirectional(viewModel.filterProperty());
        gradeKindFilter.getItems().setAll(viewModel.kindFilterChoices());
        gradeKindFilter.setValue(viewModel.kindFilterChoices().get(0));
        gradeKindFilter.valueProperty().addListener((obs, old, now) -> viewModel.kindFilterProperty().set(now));
        gradeCount.textProperty().bind(viewModel.countProperty());

        FxmlViews.column(gradeCodeColumn, GradeRow::code);
        FxmlViews.column(gradeNameColumn, GradeRow::name);
        FxmlViews.column(gradeKindColumn, GradeRow::kind);
        FxmlViews.column(gradeTierColumn, GradeRow::tier);
        FxmlViews.column(gradeSectorColumn, GradeRow::sector);
        FxmlViews.column(gradeValidityColumn, GradeRow::validity);
        FxmlViews.column(gradeUsesColumn, r -> Formats.integer(r.uses()));
        FxmlViews.column(gradeSourceColumn, GradeRow::source);
        gradeNameColumn.setCellFactory(c -> tipCell(GradeRow::name));
        gradeSourceColumn.setCellFactory(c -> tipCell(GradeRow::source));
        gradeTable.setItems(viewModel.rows());
        gradeTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                gradeTable.getSelectionModel().clearSelection();
            } else if (gradeTable.getSelectionModel().getSelectedItem() != now) {
                gradeTable.getSelectionModel().select(now);
                gradeTable.scrollTo(now);
            }
        });

        gradeCodeField.textProperty().bindBidirectional(viewModel.codeProperty());
        gradeCodeField.disableProperty().bind(viewModel.existingProperty());
        gradeCodeField.setTooltip(new Tooltip(messages.getString("grades.codeFixed")));
        gradeNameField.textProperty().bindBidirectional(viewModel.nameProperty());
        gradeKindBox.getItems().setAll(viewModel.kindChoices());
        gradeKindBox.valueProperty().bindBidirectional(viewModel.kindProperty());
        gradeTierBox.setItems(viewModel.tierChoices());
        gradeTierBox.valueProperty().bindBidirectional(viewModel.tierProperty());
        gradeSectorField.textProperty().bindBidirectional(viewModel.sectorProperty());
        gradeFromField.textProperty().bindBidirectional(viewModel.validFromProperty());
        gradeToField.textProperty().bindBidirectional(viewModel.validToProperty());
        gradeSourceField.textProperty().bindBidirectional(viewModel.sourceProperty());

        newGradeButton.setOnAction(e -> {
            viewModel.newGrade();
            gradeCodeField.requestFocus();
        });
        saveGradeButton.setOnAction(e -> viewModel.save());
        deleteGradeButton.disableProperty().bind(viewModel.selectedProperty().isNull());
        deleteGradeButton.setOnAction(e -> deleteSelected());
        gradeTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                deleteSelected();
            } else if (e.getCode() == KeyCode.INSERT) {
                viewModel.newGrade();
                gradeCodeField.requestFocus();
            }
        });
        gradeError.textProperty().bind(FxmlViews.errors(viewModel.errorProperty(), mainError));
    }

    /** A text cell whose tooltip shows the whole text (names and sources can be longer than the column). */
    private static javafx.scene.control.TableCell<GradeRow, Object> tipCell(java.util.function.Function<GradeRow, String> tip) {
        return new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                GradeRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty || item == null ? null : item.toString());
                String text = row == null ? null : tip.apply(row);
                setTooltip(text == null || text.isBlank() ? null : new Tooltip(text));
            }
        };
    }

    private void deleteSelected() {
        GradeRow row = viewModel.selectedProperty().get();
        if (row != null && confirmer.test(String.format(messages.getString("grades.confirmDelete"), row.code() + " " + row.name()))) {
            viewModel.delete();
        }
    }
}
