package vn.vtvlstudio.ui.detail;

import java.io.IOException;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.cell.ComboBoxTableCell;

/** Job description sections and competency framework of the selected position. */
public final class PositionDetailView {

    private final PositionDetailViewModel viewModel;
    private final ResourceBundle messages;

    @FXML private Label detailTitle;
    @FXML private Label leaderLink;
    @FXML private Label detailError;
    @FXML private Button saveDescriptionButton;
    @FXML private TextArea objectiveArea;
    @FXML private TextArea tasksArea;
    @FXML private TextArea relationsInternalArea;
    @FXML private TextArea relationsExternalArea;
    @FXML private TextArea authorityArea;
    @FXML private TextArea conditionsArea;
    @FXML private TextArea trainingArea;
    @FXML private TextArea certificatesArea;
    @FXML private TextArea experienceArea;
    @FXML private TextArea qualitiesArea;
    @FXML private TextArea itLanguagesArea;
    @FXML private TableView<CompetencyLine> competencyTable;
    @FXML private TableColumn<CompetencyLine, String> groupColumn;
    @FXML private TableColumn<CompetencyLine, String> competencyColumn;
    @FXML private TableColumn<CompetencyLine, Integer> levelColumn;
    @FXML private TableColumn<CompetencyLine, String> descriptorColumn;
    @FXML private ComboBox<String> dictionaryBox;
    @FXML private ComboBox<Integer> newLevelBox;
    @FXML private Button addCompetencyButton;
    @FXML private Button removeCompetencyButton;

    public PositionDetailView(PositionDetailViewModel viewModel, ResourceBundle messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    public Parent load() {
        FXMLLoader loader = new FXMLLoader(PositionDetailView.class.getResource("PositionDetailView.fxml"), messages);
        loader.setController(this);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new IllegalStateException("PositionDetailView.fxml cannot be loaded", e);
        }
    }

    @FXML
    private void initialize() {
        detailTitle.textProperty().bind(viewModel.titleProperty());
        leaderLink.textProperty().bind(viewModel.leaderLinkProperty());
        detailError.textProperty().bind(viewModel.errorProperty());
        objectiveArea.textProperty().bindBidirectional(viewModel.objectiveProperty());
        tasksArea.textProperty().bindBidirectional(viewModel.tasksProperty());
        relationsInternalArea.textProperty().bindBidirectional(viewModel.relationsInternalProperty());
        relationsExternalArea.textProperty().bindBidirectional(viewModel.relationsExternalProperty());
        authorityArea.textProperty().bindBidirectional(viewModel.authorityProperty());
        conditionsArea.textProperty().bindBidirectional(viewModel.conditionsProperty());
        trainingArea.textProperty().bindBidirectional(viewModel.trainingProperty());
        certificatesArea.textProperty().bindBidirectional(viewModel.certificatesProperty());
        experienceArea.textProperty().bindBidirectional(viewModel.experienceProperty());
        qualitiesArea.textProperty().bindBidirectional(viewModel.qualitiesProperty());
        itLanguagesArea.textProperty().bindBidirectional(viewModel.itAndLanguagesProperty());
        saveDescriptionButton.setOnAction(e -> viewModel.saveDescription());

        groupColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().group()));
        competencyColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        descriptorColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().descriptor()));
        levelColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().level()));
        levelColumn.setCellFactory(ComboBoxTableCell.forTableColumn(FXCollections.observableArrayList(List.of(1, 2, 3, 4, 5))));
        levelColumn.setOnEditCommit(e -> viewModel.setLevel(e.getRowValue().competencyId(), e.getNewValue()));
        competencyTable.setItems(viewModel.competencies());
        // long names and descriptors: the whole text on hover
        competencyTable.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(CompetencyLine item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(empty || item == null ? null
                        : new javafx.scene.control.Tooltip(item.name() + " — " + item.level() + ": " + item.descriptor()));
            }
        });
        dictionaryBox.setItems(viewModel.dictionary());
        newLevelBox.getItems().setAll(1, 2, 3, 4, 5);
        addCompetencyButton.setOnAction(e -> viewModel.addCompetency(dictionaryBox.getValue(), newLevelBox.getValue()));
        removeCompetencyButton.setOnAction(e -> viewModel.removeCompetency(competencyTable.getSelectionModel().getSelectedItem()));
    }
}
