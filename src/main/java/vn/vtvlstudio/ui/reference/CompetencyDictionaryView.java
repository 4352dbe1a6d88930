package vn.vtvlstudio.ui.reference;

import java.util.List;
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
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import vn.vtvlstudio.ui.Formats;

/**
 * The competency dictionary: filtered table (group, positions using it, name; the code in the tooltip) on the left, the
 * selected (or a new) competency with its definition and 5 level descriptors on the right.
 */
public final class CompetencyDictionaryView {

    private final CompetencyDictionaryViewModel viewModel;
    private final ResourceBundle messages;
    private final ObservableStringValue mainError;
    private final Predicate<String> confirmer;

    @FXML private TextField competencyFilter;
    @FXML private ComboBox<String> competencyGroupFilter;
    @FXML private Label competencyCount;
    @FXML private Button newCompetencyButton;
    @FXML private Button deleteCompetencyButton;
    @FXML private TableView<CompetencyRow> competencyTable;
    @FXML private TableColumn<CompetencyRow, Object> competencyGroupColumn;
    @FXML private TableColumn<CompetencyRow, Object> competencyNameColumn;
    @FXML private TableColumn<CompetencyRow, Object> competencyUsesColumn;
    @FXML private ComboBox<String> competencyGroupBox;
    @FXML private TextField competencyCodeField;
    @FXML private TextField competencyNameField;
    @FXML private TextArea competencyDefinitionArea;
    @FXML private Label level1Label;
    @FXML private Label level2Label;
    @FXML private Label level3Label;
    @FXML private Label level4Label;
    @FXML private Label level5Label;
    @FXML private TextArea level1Area;
    @FXML private TextArea level2Area;
    @FXML private TextArea level3Area;
    @FXML private TextArea level4Area;
    @FXML private TextArea level5Area;
    @FXML private TextField competencySourceField;
    @FXML private Button saveCompetencyButton;
    @FXML private Label competencyError;

    CompetencyDictionaryView(CompetencyDictionaryViewModel viewModel, ResourceBundle messages, ObservableStringValue mainError,
                             Predicate<String> confirmer) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.mainError = mainError;
        this.confirmer = confirmer;
    }

    Parent load() {
        return FxmlViews.load("CompetencyDictionaryView.fxml", this, messages);
    }

    @FXML
    private void initialize() {
        competencyFilter.textProperty().bindBidirectional(viewModel.filterProperty());
        competencyGroupFilter.getItems().setAll(viewModel.groupFilterChoices());
        competencyGroupFilter.setValue(viewModel.groupFilterChoices().get(0));
        competencyGroupFilter.valueProperty().addListener((obs, old, now) -> viewModel.groupFilterProperty().set(now));
        competencyCount.textProperty().bind(viewModel.countProperty());

        FxmlViews.column(competencyGroupColumn, CompetencyRow::group);
        FxmlViews.column(competencyNameColumn, CompetencyRow::name);
        FxmlViews.column(competencyUsesColumn, r -> Formats.integer(r.uses()));
        competencyNameColumn.setCellFactory(c -> tipCell());
        competencyTable.setItems(viewModel.rows());
        competencyTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                competencyTable.getSelectionModel().clearSelection();
            } else if (competencyTable.getSelectionModel().getSelectedItem() != now) {
                competencyTable.getSelectionModel().select(now);
                competencyTable.scrollTo(now);
            }
        });

        competencyGroupBox.getItems().setAll(viewModel.groupChoices());
        competencyGroupBox.valueProperty().bindBidirectional(viewModel.groupProperty());
        competencyCodeField.textProperty().bindBidirectional(viewModel.codeProperty());
        competencyNameField.textProperty().bindBidirectional(viewModel.nameProperty());
        competencyDefinitionArea.textProperty().bindBidirectional(viewModel.definitionProperty());
        List<Label> labels = List.of(level1Label, level2Label, level3Label, level4Label, level5Label);
        List<TextArea> areas = List.of(level1Area, level2Area, level3Area, level4Area, level5Area);
        for (int level = 1; level <= CompetencyDictionaryViewModel.LEVELS; level++) {
            labels.get(level - 1).setText(String.format(messages.getString("competencies.level"), level));
            areas.get(level - 1).textProperty().bindBidirectional(viewModel.levelProperty(level));
        }
        competencySourceField.textProperty().bindBidirectional(viewModel.sourceProperty());

        newCompetencyButton.setOnAction(e -> {
            viewModel.newCompetency();
            competencyCodeField.requestFocus();
        });
        saveCompetencyButton.setOnAction(e -> viewModel.save());
        deleteCompetencyButton.disableProperty().bind(viewModel.selectedProperty().isNull());
        deleteCompetencyButton.setOnAction(e -> deleteSelected());
        competencyTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                deleteSelected();
            }
        });
        competencyError.textProperty().bind(FxmlViews.errors(viewModel.errorProperty(), mainError));
    }

    /** The table leaves the code to the form and the tooltip, so that the names fit beside the form. */
    private static javafx.scene.control.TableCell<CompetencyRow, Object> tipCell() {
        return new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                CompetencyRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty || item == null ? null : item.toString());
                setTooltip(row == null ? null : new javafx.scene.control.Tooltip(row.code() + " — " + row.name()));
            }
        };
    }

    private void deleteSelected() {
        CompetencyRow row = viewModel.selectedProperty().get();
        if (row != null && confirmer.test(String.format(messages.getString("competencies.confirmDelete"), row.code() + " – " + row.name()))) {
            viewModel.delete();
        }
    }
}
