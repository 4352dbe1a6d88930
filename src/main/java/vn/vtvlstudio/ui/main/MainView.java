package vn.vtvlstudio.ui.main;

import java.io.IOException;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import vn.vtvlstudio.ui.Formats;

/** The main window's content: binds {@link MainViewModel} to the controls of MainView.fxml. */
public final class MainView {

    private final MainViewModel viewModel;
    private final ResourceBundle messages;

    @FXML private BorderPane root;
    @FXML private MenuItem quitItem;
    @FXML private MenuItem aboutItem;
    @FXML private ComboBox<SchemeItem> schemeChooser;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private TreeView<AgencyNode> agencyTree;
    @FXML private Label selectionTitle;
    @FXML private TreeTableView<PositionRow> positionTable;
    @FXML private TreeTableColumn<PositionRow, String> codeColumn;
    @FXML private TreeTableColumn<PositionRow, String> nameColumn;
    @FXML private TreeTableColumn<PositionRow, String> unitColumn;
    @FXML private TreeTableColumn<PositionRow, String> gradeColumn;
    @FXML private TreeTableColumn<PositionRow, String> workloadColumn;
    @FXML private TreeTableColumn<PositionRow, Number> cbccColumn;
    @FXML private TreeTableColumn<PositionRow, Number> vcColumn;
    @FXML private TreeTableColumn<PositionRow, Number> bienCheColumn;
    @FXML private TreeTableColumn<PositionRow, Number> hdColumn;
    @FXML private Label positionsTotal;
    @FXML private Label cbccTotal;
    @FXML private Label vienChucTotal;
    @FXML private Label bienCheTotal;
    @FXML private Label hopDongTotal;
    @FXML private Label quotaText;
    @FXML private Label statusLine;

    public MainView(MainViewModel viewModel, ResourceBundle messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    public Parent load() {
        FXMLLoader loader = new FXMLLoader(MainView.class.getResource("MainView.fxml"), messages);
        loader.setController(this);
        try {
            Parent parent = loader.load();
            parent.getStylesheets().add(MainView.class.getResource("main.css").toExternalForm());
            return parent;
        } catch (IOException e) {
            throw new IllegalStateException("MainView.fxml cannot be loaded", e);
        }
    }

    public MenuItem quitItem() {
        return quitItem;
    }

    public MenuItem aboutItem() {
        return aboutItem;
    }

    @FXML
    private void initialize() {
        schemeChooser.setItems(viewModel.schemeItems());
        schemeChooser.valueProperty().bindBidirectional(viewModel.selectedSchemeProperty());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());

        viewModel.agencyRootProperty().addListener((obs, old, now) -> {
            TreeItem<AgencyNode> rootItem = now == null ? null : treeItem(now);
            if (rootItem != null) {
                rootItem.setExpanded(true);
            }
            agencyTree.setRoot(rootItem);
            agencyTree.getSelectionModel().select(rootItem);
        });
        agencyTree.setCellFactory(tree -> new javafx.scene.control.TreeCell<>() {
            @Override
            protected void updateItem(AgencyNode item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
                setTooltip(empty || item == null || item.label().equals(item.name()) ? null : new javafx.scene.control.Tooltip(item.name()));
            }
        });
        agencyTree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedAgencyProperty().set(now.getValue());
            }
        });

        textColumn(codeColumn, PositionRow::code);
        textColumn(nameColumn, PositionRow::name);
        textColumn(unitColumn, PositionRow::unit);
        textColumn(gradeColumn, PositionRow::grade);
        textColumn(workloadColumn, PositionRow::workload);
        numberColumn(cbccColumn, PositionRow::cbcc);
        numberColumn(vcColumn, PositionRow::vienChuc);
        numberColumn(bienCheColumn, PositionRow::bienChe);
        numberColumn(hdColumn, PositionRow::hopDong);
        positionTable.setRowFactory(t -> new TreeTableRow<>() {
            @Override
            protected void updateItem(PositionRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("group-row");
                if (!empty && item != null && item.groupRow()) {
                    getStyleClass().add("group-row");
                }
            }
        });
        positionTable.setRoot(new TreeItem<>());
        viewModel.sections().addListener((javafx.collections.ListChangeListener<GroupSection>) c -> rebuildTable());

        selectionTitle.textProperty().bind(viewModel.selectionTitleProperty());
        positionsTotal.textProperty().bind(viewModel.positionsTotalProperty());
        cbccTotal.textProperty().bind(viewModel.cbccTotalProperty());
        vienChucTotal.textProperty().bind(viewModel.vienChucTotalProperty());
        bienCheTotal.textProperty().bind(viewModel.bienCheTotalProperty());
        hopDongTotal.textProperty().bind(viewModel.hopDongTotalProperty());
        quotaText.textProperty().bind(viewModel.quotaTextProperty());
        viewModel.overQuotaProperty().addListener((obs, old, over) -> {
            quotaText.getStyleClass().remove("over");
            if (over) {
                quotaText.getStyleClass().add("over");
            }
        });
        statusLine.textProperty().bind(viewModel.statusProperty());
    }

    private void rebuildTable() {
        TreeItem<PositionRow> tableRoot = new TreeItem<>();
        for (GroupSection section : viewModel.sections()) {
            TreeItem<PositionRow> heading = new TreeItem<>(section.heading());
            heading.setExpanded(true);
            for (PositionRow row : section.positions()) {
                heading.getChildren().add(new TreeItem<>(row));
            }
            tableRoot.getChildren().add(heading);
        }
        positionTable.setRoot(tableRoot);
    }

    private static TreeItem<AgencyNode> treeItem(AgencyNode node) {
        TreeItem<AgencyNode> item = new TreeItem<>(node);
        item.setExpanded(false);
        for (AgencyNode child : node.children()) {
            item.getChildren().add(treeItem(child));
        }
        return item;
    }

    private static void textColumn(TreeTableColumn<PositionRow, String> column, Function<PositionRow, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue() == null ? "" : value.apply(c.getValue().getValue())));
    }

    private static void numberColumn(TreeTableColumn<PositionRow, Number> column, Function<PositionRow, Integer> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getValue() == null ? null : value.apply(c.getValue().getValue())));
        column.setCellFactory(col -> new javafx.scene.control.TreeTableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Formats.integer(item.longValue()));
            }
        });
    }

    public BorderPane root() {
        return root;
    }
}
