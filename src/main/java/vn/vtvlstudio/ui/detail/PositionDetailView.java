package vn.vtvlstudio.ui.detail;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

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
        // names and descriptors are sentences: wrapped in full rather than cut to "Quan hệ phối …"
        competencyColumn.setCellFactory(WrappingCell::new);
        descriptorColumn.setCellFactory(WrappingCell::new);
        levelColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().level()));
        levelColumn.setCellFactory(c -> new LevelCell());
        competencyTable.setItems(viewModel.competencies());
        Label noCompetencies = new Label(messages.getString("detail.noCompetencies"));
        noCompetencies.setWrapText(true);
        competencyTable.setPlaceholder(noCompetencies);
        setUpLevelKeys();
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

    /**
     * Without a mouse: a digit 1–5 sets the selected competency's level, F2 or Enter opens the level choice. After the
     * save the list is read again; the same competency stays selected so that the next key acts on it too.
     */
    private void setUpLevelKeys() {
        competencyTable.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            CompetencyLine line = competencyTable.getSelectionModel().getSelectedItem();
            if (competencyTable.getEditingCell() != null || line == null) {
                return;
            }
            Integer digit = LEVEL_KEYS.get(e.getCode());
            if (digit != null) {
                if (digit != line.level()) {
                    viewModel.setLevel(line.competencyId(), digit);
                }
                e.consume();
            } else if (e.getCode() == KeyCode.F2 || e.getCode() == KeyCode.ENTER) {
                competencyTable.edit(competencyTable.getSelectionModel().getSelectedIndex(), levelColumn);
                e.consume();
            }
        });
        long[] selectedId = {-1};
        competencyTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                selectedId[0] = now.competencyId();
            }
        });
        viewModel.competencies().addListener((ListChangeListener<CompetencyLine>) c -> {
            CompetencyLine selected = competencyTable.getSelectionModel().getSelectedItem();
            if (selected != null && selected.competencyId() == selectedId[0]) {
                return;
            }
            List<CompetencyLine> lines = viewModel.competencies();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).competencyId() == selectedId[0]) {
                    competencyTable.getSelectionModel().clearAndSelect(i);
                    competencyTable.getFocusModel().focus(i);
                    return;
                }
            }
        });
    }

    private static final Map<KeyCode, Integer> LEVEL_KEYS = Map.of(KeyCode.DIGIT1, 1, KeyCode.DIGIT2, 2, KeyCode.DIGIT3, 3,
            KeyCode.DIGIT4, 4, KeyCode.DIGIT5, 5, KeyCode.NUMPAD1, 1, KeyCode.NUMPAD2, 2, KeyCode.NUMPAD3, 3, KeyCode.NUMPAD4, 4,
            KeyCode.NUMPAD5, 5);

    /** The required level: the number, or while editing a 1–5 choice that saves as soon as a level is picked. */
    private final class LevelCell extends TableCell<CompetencyLine, Integer> {

        @Override
        public void startEdit() {
            CompetencyLine line = getTableRow() == null ? null : getTableRow().getItem();
            if (line == null) {
                return;
            }
            super.startEdit();
            ComboBox<Integer> box = new ComboBox<>(FXCollections.observableArrayList(1, 2, 3, 4, 5));
            box.setId("levelEditor");
            box.setValue(getItem());
            box.setMaxWidth(Double.MAX_VALUE);
            box.setOnAction(e -> {
                Integer chosen = box.getValue();
                if (chosen != null && !chosen.equals(getItem())) {
                    cancelEdit();
                    competencyTable.requestFocus();
                    viewModel.setLevel(line.competencyId(), chosen);
                }
            });
            box.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    cancelEdit();
                    competencyTable.requestFocus();
                }
            });
            // the list is the whole editor: closing it without a choice (Escape, a click elsewhere) ends the edit
            box.setOnHidden(e -> {
                if (isEditing()) {
                    cancelEdit();
                    competencyTable.requestFocus();
                }
            });
            box.focusedProperty().addListener((obs, was, now) -> {
                if (!now && isEditing()) {
                    cancelEdit();
                }
            });
            setText(null);
            setGraphic(box);
            box.requestFocus();
            box.show();
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            show(getItem(), false);
        }

        @Override
        protected void updateItem(Integer item, boolean empty) {
            super.updateItem(item, empty);
            show(item, empty);
        }

        private void show(Integer item, boolean empty) {
            setGraphic(null);
            setText(empty || item == null ? null : item.toString());
        }
    }

    /**
     * A read-only text cell that shows all of its text on as many lines as it needs. A wrapped label in a table cell
     * stops at two lines (its height is asked before its width is known); a Text with the column's width does not.
     */
    private static final class WrappingCell extends javafx.scene.control.TableCell<CompetencyLine, String> {
        private final javafx.scene.text.Text text = new javafx.scene.text.Text();

        WrappingCell(TableColumn<CompetencyLine, String> column) {
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(16));
            text.fontProperty().bind(fontProperty());
            text.fillProperty().bind(textFillProperty());
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            setStyle("-fx-padding: 4 8 4 8;"); // wrapped lines need air above and below, one-line cells do not
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty || item == null ? "" : item);
            setText(empty ? null : item); // not drawn (graphic only); kept for accessibility and lookups
            setGraphic(empty || item == null ? null : text);
        }
    }
}
