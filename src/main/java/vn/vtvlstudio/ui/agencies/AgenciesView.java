package vn.vtvlstudio.ui.agencies;

import java.io.IOException;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import vn.vtvlstudio.ui.Dialogs;
import vn.vtvlstudio.service.EditInputs;
import vn.vtvlstudio.service.InvalidEditException;
import vn.vtvlstudio.ui.Formats;

/** Agencies and units (tree with add, rename, move, delete) and the quotas of the selected agency. */
public final class AgenciesView {

    private final AgenciesViewModel viewModel;
    private final ResourceBundle messages;
    private final ObservableStringValue mainError;
    /** Asks for a name (null: cancelled); replaced in tests. */
    private Function<String, String> askName;
    private Predicate<String> confirmer;

    @FXML private Parent agenciesRoot;
    @FXML private Button addAgencyButton;
    @FXML private Button addUnitButton;
    @FXML private Button renameButton;
    @FXML private Button moveButton;
    @FXML private Button deleteOrgButton;
    @FXML private TreeView<OrgNode> orgTree;
    @FXML private Label quotaTitle;
    @FXML private TableView<QuotaRow> quotaTable;
    @FXML private TableColumn<QuotaRow, Object> yearColumn;
    @FXML private TableColumn<QuotaRow, Object> categoryColumn;
    @FXML private TableColumn<QuotaRow, Object> amountColumn;
    @FXML private TableColumn<QuotaRow, Object> decisionColumn;
    @FXML private TableColumn<QuotaRow, Object> dateColumn;
    @FXML private TableColumn<QuotaRow, Object> issuerColumn;
    @FXML private TableColumn<QuotaRow, Object> baselineColumn;
    @FXML private TextField yearField;
    @FXML private ComboBox<String> categoryBox;
    @FXML private TextField amountField;
    @FXML private TextField decisionField;
    @FXML private TextField dateField;
    @FXML private TextField issuerField;
    @FXML private CheckBox baselineBox;
    @FXML private Button saveQuotaButton;
    @FXML private Label agenciesError;

    public AgenciesView(AgenciesViewModel viewModel, ResourceBundle messages, ObservableStringValue mainError) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.confirmer = question -> Dialogs.confirm(messages, question);
        this.askName = title -> Dialogs.askText(messages, orgTree, title);
        this.mainError = mainError;
    }

    public Parent load() {
        FXMLLoader loader = new FXMLLoader(AgenciesView.class.getResource("AgenciesView.fxml"), messages);
        loader.setController(this);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new IllegalStateException("AgenciesView.fxml cannot be loaded", e);
        }
    }

    public void setAskName(Function<String, String> askName) {
        this.askName = askName;
    }

    public void setConfirmer(Predicate<String> confirmer) {
        this.confirmer = confirmer;
    }

    @FXML
    private void initialize() {
        javafx.beans.value.ChangeListener<OrgNode> showRoot = (obs, old, now) -> {
            java.util.Set<Long> expanded = new java.util.HashSet<>();
            if (orgTree.getRoot() != null) {
                collectExpanded(orgTree.getRoot(), expanded);
            }
            TreeItem<OrgNode> item = now == null ? null : item(now);
            if (item != null) {
                item.setExpanded(true);
                restoreExpanded(item, expanded);
            }
            orgTree.setRoot(item);
            select(viewModel.selectedProperty().get());
        };
        viewModel.rootProperty().addListener(showRoot);
        // the tab is built when first selected, usually after the scheme is open: show what is there already
        showRoot.changed(viewModel.rootProperty(), null, viewModel.rootProperty().get());
        viewModel.selectedProperty().addListener((obs, old, now) -> select(now));
        orgTree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now.getValue());
            }
        });
        quotaTitle.textProperty().bind(Bindings.createStringBinding(() -> {
            OrgNode n = viewModel.selectedProperty().get();
            return n == null ? "" : messages.getString("tab.agencies") + ": " + n.name();
        }, viewModel.selectedProperty()));

        addAgencyButton.setOnAction(e -> ask(messages.getString("agencies.add"), viewModel::addAgency));
        addUnitButton.setOnAction(e -> ask(messages.getString("agencies.addUnit"), viewModel::addUnit));
        renameButton.setOnAction(e -> ask(messages.getString("agencies.rename"), viewModel::rename));
        moveButton.setOnAction(e -> {
            var targets = viewModel.moveTargets();
            if (!targets.isEmpty()) {
                Dialogs.choose(messages, orgTree, messages.getString("agencies.move"), targets).ifPresent(viewModel::moveTo);
            }
        });
        deleteOrgButton.setOnAction(e -> deleteSelected());
        orgTree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                deleteSelected();
            } else if (e.getCode() == KeyCode.F2) {
                ask(messages.getString("agencies.rename"), viewModel::rename);
            } else if (e.getCode() == KeyCode.INSERT) {
                ask(messages.getString("agencies.addUnit"), viewModel::addUnit);
            }
        });

        column(yearColumn, QuotaRow::year);
        column(categoryColumn, QuotaRow::category);
        column(amountColumn, r -> Formats.integer(r.amount()));
        column(decisionColumn, QuotaRow::decisionNo);
        column(dateColumn, QuotaRow::date);
        column(issuerColumn, QuotaRow::issuer);
        column(baselineColumn, r -> r.baseline() ? "✓" : "");
        quotaTable.setItems(viewModel.quotas());
        quotaTable.setPlaceholder(new Label(messages.getString("quota.empty")));
        quotaTable.getSelectionModel().selectedItemProperty().addListener((obs, old, r) -> {
            if (r != null) {
                yearField.setText(Integer.toString(r.year()));
                categoryBox.setValue(r.category());
                amountField.setText(Integer.toString(r.amount()));
                decisionField.setText(r.decisionNo() == null ? "" : r.decisionNo());
                dateField.setText(r.date());
                issuerField.setText(r.issuer() == null ? "" : r.issuer());
                baselineBox.setSelected(r.baseline());
            }
        });
        quotaTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && quotaTable.getSelectionModel().getSelectedItem() != null
                    && confirmer.test(messages.getString("confirm.title"))) {
                viewModel.deleteQuota(quotaTable.getSelectionModel().getSelectedItem());
            }
        });
        categoryBox.getItems().setAll(viewModel.categoryChoices());
        ValidationSupport validation = new ValidationSupport();
        validation.registerValidator(yearField, false, (c, v) -> problem(c, () -> EditInputs.year(messages.getString("quota.year"), (String) v)));
        validation.registerValidator(amountField, false, (c, v) -> problem(c, () -> EditInputs.count(messages.getString("quota.amount"), (String) v)));
        validation.registerValidator(dateField, false, (c, v) -> problem(c, () -> EditInputs.date(messages.getString("quota.date"), (String) v)));
        saveQuotaButton.setOnAction(e -> viewModel.saveQuota(yearField.getText(), categoryBox.getValue(), amountField.getText(),
                decisionField.getText(), dateField.getText(), issuerField.getText(), baselineBox.isSelected()));
        agenciesError.textProperty().bind(Bindings.concat(viewModel.errorProperty(), " ", mainError));
    }

    private static ValidationResult problem(javafx.scene.control.Control c, Runnable parse) {
        try {
            parse.run();
            return new ValidationResult();
        } catch (InvalidEditException e) {
            return ValidationResult.fromError(c, e.getMessage());
        }
    }

    private void ask(String title, java.util.function.Consumer<String> action) {
        expandSelected();
        String name = askName.apply(title);
        if (name != null && !name.isBlank()) {
            action.accept(name);
        }
    }

    private void deleteSelected() {
        OrgNode n = viewModel.selectedProperty().get();
        if (n != null && confirmer.test(String.format(messages.getString("agencies.confirmDelete"), n.name()))) {
            viewModel.delete();
        }
    }

    private void select(OrgNode node) {
        if (node == null || orgTree.getRoot() == null) {
            return;
        }
        TreeItem<OrgNode> current = orgTree.getSelectionModel().getSelectedItem();
        if (current != null && current.getValue().equals(node)) {
            return;
        }
        TreeItem<OrgNode> item = find(orgTree.getRoot(), node);
        if (item != null) {
            for (TreeItem<OrgNode> p = item.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            orgTree.getSelectionModel().select(item);
        }
    }

    /** Expands the node an edit was made in, so the new unit or sub-agency is seen at once. */
    private void expandSelected() {
        TreeItem<OrgNode> item = orgTree.getSelectionModel().getSelectedItem();
        if (item != null) {
            item.setExpanded(true);
        }
    }

    private static TreeItem<OrgNode> find(TreeItem<OrgNode> item, OrgNode node) {
        if (item.getValue().unit() == node.unit() && item.getValue().id() == node.id()) {
            return item;
        }
        for (TreeItem<OrgNode> c : item.getChildren()) {
            TreeItem<OrgNode> f = find(c, node);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private static void collectExpanded(TreeItem<OrgNode> item, java.util.Set<Long> out) {
        if (item.isExpanded() && !item.getValue().unit()) {
            out.add(item.getValue().id());
        }
        item.getChildren().forEach(c -> collectExpanded(c, out));
    }

    private static void restoreExpanded(TreeItem<OrgNode> item, java.util.Set<Long> expanded) {
        if (!item.getValue().unit() && expanded.contains(item.getValue().id())) {
            item.setExpanded(true);
        }
        item.getChildren().forEach(c -> restoreExpanded(c, expanded));
    }

    private static TreeItem<OrgNode> item(OrgNode node) {
        TreeItem<OrgNode> item = new TreeItem<>(node);
        node.children().forEach(c -> item.getChildren().add(item(c)));
        return item;
    }

    private static void column(TableColumn<QuotaRow, Object> column, Function<QuotaRow, Object> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }
}
