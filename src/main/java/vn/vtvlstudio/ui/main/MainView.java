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
import javafx.scene.control.Button;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import vn.vtvlstudio.ui.Dialogs;
import vn.vtvlstudio.domain.StaffCategory;
import vn.vtvlstudio.rules.Finding;
import vn.vtvlstudio.ui.Formats;

/** The main window's content: binds {@link MainViewModel} to the controls of MainView.fxml. */
public final class MainView {

    private final MainViewModel viewModel;
    private final ResourceBundle messages;

    @FXML private BorderPane root;
    @FXML private MenuItem quitItem;
    @FXML private MenuItem aboutItem;
    @FXML private MenuItem undoItem;
    @FXML private MenuItem redoItem;
    @FXML private MenuItem findItem;
    @FXML private MenuItem checkItem;
    @FXML private MenuItem exportItem;
    @FXML private MenuItem importItem;
    @FXML private javafx.scene.layout.HBox workPane;
    @FXML private Label workMessage;
    @FXML private javafx.scene.control.ProgressBar workBar;
    @FXML private Button workCancel;
    @FXML private javafx.scene.control.Hyperlink openFolderLink;
    @FXML private TabPane tabs;
    @FXML private Tab positionsTab;
    @FXML private Tab agenciesTab;
    @FXML private Tab detailTab;
    @FXML private Tab dashboardTab;
    @FXML private Tab referenceTab;
    @FXML private TextField searchField;
    @FXML private Button addButton;
    @FXML private Button duplicateButton;
    @FXML private Button deleteButton;
    @FXML private ComboBox<String> bulkUnit;
    @FXML private ComboBox<String> bulkGrade;
    @FXML private Button bulkApply;
    @FXML private Label errorLabel;
    @FXML private VBox findingsPane;
    @FXML private Label findingsSummary;
    @FXML private TreeView<Object> findingsTree;
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

    private static final javafx.css.PseudoClass GROUP_ROW = javafx.css.PseudoClass.getPseudoClass("group-row");

    /** Headings the user expanded (true) or collapsed (false), by severity or severity/rule. */
    private final java.util.Map<String, Boolean> findingHeadings = new java.util.HashMap<>();

    /** Asks the user to confirm a destructive edit; replaced in tests. */
    private Predicate<String> confirmer;
    private vn.vtvlstudio.ui.agencies.AgenciesView agenciesView;

    /** The agencies tab's view (its controls are loaded when the tab is first selected); null when read-only. */
    public vn.vtvlstudio.ui.agencies.AgenciesView agenciesView() {
        return agenciesView;
    }

    private vn.vtvlstudio.ui.reference.ReferenceView referenceView;

    /** The reference-data tab's view; null when the window has no reference service (read-only). */
    public vn.vtvlstudio.ui.reference.ReferenceView referenceView() {
        return referenceView;
    }

    public MainView(MainViewModel viewModel, ResourceBundle messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.confirmer = question -> Dialogs.confirm(messages, question);
    }

    public void setConfirmer(Predicate<String> confirmer) {
        this.confirmer = confirmer;
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
        viewModel.selectedAgencyProperty().addListener((obs, old, now) -> selectInTree(now));
        setUpFindings();
        // the other tabs are built when first selected: at start-up only the positions tab is on screen
        if (viewModel.editable()) {
            agenciesView = new vn.vtvlstudio.ui.agencies.AgenciesView(viewModel.agenciesViewModel(), messages, viewModel.errorProperty());
            whenFirstSelected(agenciesTab, () -> agenciesTab.setContent(agenciesView.load()));
            whenFirstSelected(detailTab, () -> detailTab.setContent(
                    new vn.vtvlstudio.ui.detail.PositionDetailView(viewModel.detailViewModel(), messages).load()));
        }
        positionTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                viewModel.selectedRowProperty().set(now == null ? null : now.getValue()));
        if (viewModel.referenceViewModel() != null) {
            referenceView = new vn.vtvlstudio.ui.reference.ReferenceView(viewModel.referenceViewModel(), messages,
                    viewModel.errorProperty(), viewModel.findingsSummaryProperty());
            // built when first opened: start-up does not load three more screens nobody may look at
            referenceTab.selectedProperty().addListener((obs, was, selected) -> {
                if (selected && referenceTab.getContent() == null) {
                    referenceTab.setContent(referenceView.load());
                }
            });
        } else {
            tabs.getTabs().remove(referenceTab);
        }
        whenFirstSelected(dashboardTab, () -> dashboardTab.setContent(new vn.vtvlstudio.ui.dashboard.DashboardView(
                viewModel.dashboardViewModel(), messages, viewModel.findingsSummaryProperty()).load()));

        textColumn(codeColumn, PositionRow::code);
        textColumn(nameColumn, PositionRow::name);
        textColumn(unitColumn, PositionRow::unit);
        textColumn(gradeColumn, PositionRow::grade);
        textColumn(workloadColumn, PositionRow::workload);
        numberColumn(cbccColumn, PositionRow::cbcc);
        numberColumn(vcColumn, PositionRow::vienChuc);
        numberColumn(bienCheColumn, PositionRow::bienChe);
        numberColumn(hdColumn, PositionRow::hopDong);
        setUpEditing();
        positionTable.setPlaceholder(new Label(messages.getString("positions.empty")));
        positionTable.setRowFactory(t -> new TreeTableRow<>() {
            @Override
            protected void updateItem(PositionRow item, boolean empty) {
                super.updateItem(item, empty);
                // a pseudo-class, not a style class: a re-used row switches it without re-matching every selector
                pseudoClassStateChanged(GROUP_ROW, !empty && item != null && item.groupRow());
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
        setUpLongWork();
    }

    private vn.vtvlstudio.ui.workbook.DossierView dossierView;
    private final javafx.beans.property.ObjectProperty<java.util.function.Consumer<java.nio.file.Path>> openFolder =
            new javafx.beans.property.SimpleObjectProperty<>();

    /** The progress bar with "Hủy" in the status line, the full check (F5), and export and import in the File menu. */
    private void setUpLongWork() {
        vn.vtvlstudio.ui.LongWork work = viewModel.longWork();
        workPane.visibleProperty().bind(work.runningProperty());
        workPane.managedProperty().bind(work.runningProperty());
        workMessage.textProperty().bind(work.messageProperty());
        workBar.progressProperty().bind(work.progressProperty());
        workCancel.textProperty().bind(javafx.beans.binding.Bindings.when(work.cancellingProperty())
                .then(messages.getString("work.cancelling")).otherwise(messages.getString("work.cancel")));
        workCancel.disableProperty().bind(work.cancellingProperty());
        workCancel.setOnAction(e -> work.cancel());
        checkItem.setOnAction(e -> viewModel.checkAll());
        checkItem.disableProperty().bind(work.runningProperty().or(viewModel.snapshotProperty().isNull()));
        vn.vtvlstudio.ui.workbook.DossierViewModel dossier = viewModel.dossierViewModel();
        if (dossier == null) {
            exportItem.setVisible(false);
            importItem.setVisible(false);
            return;
        }
        dossierView = new vn.vtvlstudio.ui.workbook.DossierView(dossier, messages, () -> root.getScene().getWindow());
        dossierView.attach(exportItem, importItem, viewModel.snapshotProperty().isNull());
        var canOpen = dossier.lastExportProperty().isNotNull().and(openFolder.isNotNull());
        openFolderLink.visibleProperty().bind(canOpen);
        openFolderLink.managedProperty().bind(canOpen);
        openFolderLink.setOnAction(e -> {
            java.nio.file.Path file = dossier.lastExportProperty().get();
            if (file != null && openFolder.get() != null) {
                openFolder.get().accept(file.toAbsolutePath().getParent());
            }
        });
    }

    /** How to show a folder in the system's file manager (HostServices in the application); without it no link. */
    public void setOpenFolder(java.util.function.Consumer<java.nio.file.Path> opener) {
        openFolder.set(opener);
    }

    /** Export and import of the File menu; null when the window has no dossier services. */
    public vn.vtvlstudio.ui.workbook.DossierView dossierView() {
        return dossierView;
    }

    private void selectInTree(AgencyNode node) {
        if (node == null || agencyTree.getRoot() == null) {
            return;
        }
        TreeItem<AgencyNode> selected = agencyTree.getSelectionModel().getSelectedItem();
        if (selected != null && selected.getValue().id() == node.id()) {
            return;
        }
        TreeItem<AgencyNode> item = findItem(agencyTree.getRoot(), node.id());
        if (item != null) {
            for (TreeItem<AgencyNode> p = item.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            agencyTree.getSelectionModel().select(item);
            agencyTree.scrollTo(Math.max(0, agencyTree.getRow(item) - 3));
        }
    }

    private static TreeItem<AgencyNode> findItem(TreeItem<AgencyNode> item, long id) {
        if (item.getValue() != null && item.getValue().id() == id) {
            return item;
        }
        for (TreeItem<AgencyNode> c : item.getChildren()) {
            TreeItem<AgencyNode> f = findItem(c, id);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private void setUpFindings() {
        findingsSummary.textProperty().bind(viewModel.findingsSummaryProperty());
        findingsTree.setRoot(new TreeItem<>());
        findingsTree.setCellFactory(t -> new javafx.scene.control.TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("finding-ERROR", "finding-WARNING", "finding-INFO", "group-row", "rule-row");
                setTooltip(null);
                if (empty || item == null) {
                    setText(null);
                } else if (item instanceof Finding f) {
                    setText(viewModel.findingLine(f));
                    getStyleClass().add("finding-" + f.severity().name());
                    setTooltip(new javafx.scene.control.Tooltip(viewModel.ruleName(f.ruleId()) + "\n" + f.messageVi() + "\n" + f.target()
                            + (f.basis() == null ? "" : "\nCăn cứ: " + f.basis())));
                } else if (item instanceof FindingSection section) {
                    setText(section.label());
                    getStyleClass().addAll("group-row", "finding-" + section.severity().name());
                } else if (item instanceof FindingSection.RuleGroup rule) {
                    setText(rule.label());
                    getStyleClass().add("rule-row");
                }
            }
        });
        findingsTree.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                goToSelectedFinding();
            }
        });
        findingsTree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                goToSelectedFinding();
            }
        });
        viewModel.findingSections().addListener((javafx.collections.ListChangeListener<FindingSection>) c -> rebuildFindings());
    }

    private void goToSelectedFinding() {
        TreeItem<Object> item = findingsTree.getSelectionModel().getSelectedItem();
        if (item != null && item.getValue() instanceof Finding f) {
            viewModel.goTo(f);
        }
    }

    /**
     * Severity, then rule, then finding. A heading the user opened or closed stays so after the next check; the
     * others start as the ViewModel says (a rule with many findings collapsed).
     */
    private void rebuildFindings() {
        TreeItem<Object> root = new TreeItem<>();
        for (FindingSection section : viewModel.findingSections()) {
            TreeItem<Object> heading = heading(section, section.severity().name(), true);
            for (FindingSection.RuleGroup rule : section.rules()) {
                TreeItem<Object> ruleItem = heading(rule, rule.severity().name() + "/" + rule.ruleId(), rule.expanded());
                for (Finding f : rule.findings()) {
                    ruleItem.getChildren().add(new TreeItem<>(f));
                }
                heading.getChildren().add(ruleItem);
            }
            root.getChildren().add(heading);
        }
        findingsTree.setRoot(root);
    }

    private TreeItem<Object> heading(Object value, String key, boolean expandedByDefault) {
        TreeItem<Object> item = new TreeItem<>(value);
        item.setExpanded(findingHeadings.getOrDefault(key, expandedByDefault));
        item.expandedProperty().addListener((obs, was, now) -> findingHeadings.put(key, now));
        return item;
    }

    private void setUpEditing() {
        boolean editable = viewModel.editable();
        positionTable.setEditable(editable);
        positionTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        for (var n : List.of(addButton, duplicateButton, deleteButton, bulkApply, bulkUnit, bulkGrade)) {
            n.setDisable(!editable);
        }
        if (!editable) {
            return;
        }
        codeColumn.setCellFactory(c -> new EditingCells.TextCell(viewModel::setCode));
        nameColumn.setCellFactory(c -> new EditingCells.TextCell(viewModel::renamePosition));
        unitColumn.setCellFactory(c -> new EditingCells.ChoiceCell(viewModel::unitChoices, viewModel::setUnit));
        gradeColumn.setCellFactory(c -> new EditingCells.ChoiceCell(r -> viewModel.gradeChoices(), viewModel::setGrade));
        workloadColumn.setCellFactory(c -> new EditingCells.ChoiceCell(r -> viewModel.workloadChoices(), viewModel::setWorkload));
        countColumn(cbccColumn, StaffCategory.CBCC);
        countColumn(vcColumn, StaffCategory.VIEN_CHUC);
        countColumn(hdColumn, StaffCategory.HOP_DONG);

        searchField.textProperty().bindBidirectional(viewModel.filterProperty());
        addButton.setTooltip(new javafx.scene.control.Tooltip("Insert"));
        deleteButton.setTooltip(new javafx.scene.control.Tooltip("Delete"));
        duplicateButton.setTooltip(new javafx.scene.control.Tooltip("F2: sửa ô · Ctrl+Z: hoàn tác · Ctrl+Y: làm lại"));
        addButton.setOnAction(e -> viewModel.addBlankPosition(selectedRow()));
        duplicateButton.setOnAction(e -> viewModel.duplicate(selectedRow()));
        deleteButton.setOnAction(e -> deleteSelected());
        bulkGrade.setItems(viewModel.gradeChoices());
        bulkUnit.setOnShowing(e -> bulkUnit.getItems().setAll(viewModel.bulkUnitChoices()));
        bulkApply.setOnAction(e -> {
            viewModel.bulkSet(selectedRows(), bulkUnit.getValue(), bulkGrade.getValue());
            bulkUnit.setValue(null);
            bulkGrade.setValue(null);
        });
        undoItem.setOnAction(e -> viewModel.undo());
        redoItem.setOnAction(e -> viewModel.redo());
        undoItem.disableProperty().bind(viewModel.canUndoProperty().not());
        redoItem.disableProperty().bind(viewModel.canRedoProperty().not());
        findItem.setOnAction(e -> {
            tabs.getSelectionModel().select(positionsTab);
            searchField.requestFocus();
            searchField.selectAll();
        });
        errorLabel.textProperty().bind(viewModel.errorProperty());

        positionTable.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (positionTable.getEditingCell() != null) {
                return;
            }
            if (e.getCode() == KeyCode.INSERT) {
                viewModel.addBlankPosition(selectedRow());
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                deleteSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.F2) {
                int index = positionTable.getSelectionModel().getSelectedIndex();
                if (index >= 0) {
                    TreeTableColumn<PositionRow, ?> column = positionTable.getFocusModel().getFocusedCell() == null
                            || positionTable.getFocusModel().getFocusedCell().getTableColumn() == null
                            ? nameColumn : positionTable.getFocusModel().getFocusedCell().getTableColumn();
                    positionTable.edit(index, column);
                }
                e.consume();
            }
        });
    }

    private void countColumn(TreeTableColumn<PositionRow, Number> column, StaffCategory category) {
        column.setCellFactory(c -> new EditingCells.CountCell((row, text) -> viewModel.setHeadcount(row, category, text),
                text -> viewModel.headcountProblem(category, text)));
    }

    private PositionRow selectedRow() {
        TreeItem<PositionRow> item = positionTable.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
    }

    private List<PositionRow> selectedRows() {
        return positionTable.getSelectionModel().getSelectedItems().stream().filter(i -> i != null && i.getValue() != null)
                .map(TreeItem::getValue).filter(r -> !r.groupRow()).toList();
    }

    private void deleteSelected() {
        List<PositionRow> rows = selectedRows();
        if (!rows.isEmpty() && confirmer.test(String.format(messages.getString("confirm.deletePositions"), rows.size()))) {
            viewModel.delete(rows);
        }
    }

    private void rebuildTable() {
        Set<String> selectedCodes = new HashSet<>();
        String focus = viewModel.focusCodeProperty().get();
        if (focus != null) {
            selectedCodes.add(focus);
            viewModel.focusCodeProperty().set(null);
        } else {
            selectedRows().forEach(r -> selectedCodes.add(r.code()));
        }
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
        if (!selectedCodes.isEmpty()) {
            for (TreeItem<PositionRow> g : tableRoot.getChildren()) {
                for (TreeItem<PositionRow> r : g.getChildren()) {
                    if (selectedCodes.contains(r.getValue().code())) {
                        positionTable.getSelectionModel().select(r);
                        int index = positionTable.getRow(r);
                        positionTable.getFocusModel().focus(index);
                        positionTable.scrollTo(Math.max(0, index - 3));
                    }
                }
            }
        }
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

    /** Builds a tab's content the first time the tab is selected (a FXML view costs start-up time while hidden). */
    private static void whenFirstSelected(Tab tab, Runnable build) {
        javafx.beans.value.ChangeListener<Boolean> once = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean selected) {
                if (selected) {
                    tab.selectedProperty().removeListener(this);
                    build.run();
                }
            }
        };
        tab.selectedProperty().addListener(once);
        if (tab.isSelected()) {
            tab.selectedProperty().removeListener(once);
            build.run();
        }
    }

    public TabPane tabs() { return tabs; }
    public Tab agenciesTab() { return agenciesTab; }
    public Tab dashboardTab() { return dashboardTab; }
    public Tab referenceTab() { return referenceTab; }
    public VBox findingsPane() { return findingsPane; }
    public Label findingsSummary() { return findingsSummary; }
    public TreeView<Object> findingsTree() { return findingsTree; }
    public TreeTableView<PositionRow> positionTable() { return positionTable; }

    public BorderPane root() {
        return root;
    }
}
