package vn.vtvlstudio.ui.audit;

import java.io.File;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.vtvlstudio.domain.AuditEntry;

/** A window listing the audit log. */
public final class AuditView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private final AuditViewModel viewModel;
    private final ResourceBundle messages;

    @FXML private TableView<AuditEntry> table;
    @FXML private TableColumn<AuditEntry, String> timeColumn;
    @FXML private TableColumn<AuditEntry, String> userColumn;
    @FXML private TableColumn<AuditEntry, String> entityColumn;
    @FXML private TableColumn<AuditEntry, String> actionColumn;
    @FXML private TableColumn<AuditEntry, String> fieldColumn;
    @FXML private TableColumn<AuditEntry, String> oldColumn;
    @FXML private TableColumn<AuditEntry, String> newColumn;
    @FXML private Button exportButton;
    @FXML private Label statusLabel;

    public AuditView(AuditViewModel viewModel, ResourceBundle messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    public void show(Window owner) {
        FXMLLoader loader = new FXMLLoader(AuditView.class.getResource("AuditView.fxml"), messages);
        loader.setController(this);
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new IllegalStateException("AuditView.fxml cannot be loaded", e);
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.getString("audit.title"));
        stage.setScene(new Scene(root, 1100, 600));
        exportButton.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName("nhat-ky-thay-doi.csv");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
            File file = chooser.showSaveDialog(stage);
            if (file != null) {
                viewModel.exportCsv(file.toPath());
            }
        });
        viewModel.load();
        stage.show();
    }

    @FXML
    private void initialize() {
        table.setItems(viewModel.entries());
        column(timeColumn, e -> TIME.format(e.at()));
        column(userColumn, AuditEntry::user);
        column(entityColumn, e -> e.entity() + (e.entityId() == null ? "" : " #" + e.entityId()));
        column(actionColumn, e -> messages.getString("audit.action." + e.action()));
        column(fieldColumn, AuditEntry::field);
        column(oldColumn, AuditEntry::oldValue);
        column(newColumn, AuditEntry::newValue);
        statusLabel.textProperty().bind(viewModel.statusProperty());
    }

    private static void column(TableColumn<AuditEntry, String> c, Function<AuditEntry, String> value) {
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }
}
