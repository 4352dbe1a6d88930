package vn.vtvlstudio.ui.reference;

import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.converter.DefaultStringConverter;
import vn.vtvlstudio.rules.Severity;
import vn.vtvlstudio.ui.Formats;

/**
 * The rule pack of the open scheme: rules with their severity, findings, parameters, basis and period above; the
 * selected rule's severity and parameters (edited in place) below.
 */
public final class RulePackView {

    private final RulePackViewModel viewModel;
    private final ResourceBundle messages;
    private final ObservableStringValue mainError;
    private final ObservableStringValue findingsSummary;
    /** Set while the severity box follows the selection, so that following it is not taken as a choice. */
    private boolean following;
    /** The parameter last edited, selected again when the rows are rebuilt. */
    private String editedKey;

    @FXML private Label rulesHeading;
    @FXML private Label rulesFindings;
    @FXML private TableView<RuleRow> ruleTable;
    @FXML private TableColumn<RuleRow, Object> ruleTitleColumn;
    @FXML private TableColumn<RuleRow, Object> ruleSeverityColumn;
    @FXML private TableColumn<RuleRow, Object> ruleFindingsColumn;
    @FXML private TableColumn<RuleRow, Object> ruleParamsColumn;
    @FXML private TableColumn<RuleRow, Object> ruleValidityColumn;
    @FXML private TableColumn<RuleRow, Object> ruleOwnColumn;
    @FXML private Label ruleTitle;
    @FXML private Label ruleBasis;
    @FXML private ComboBox<String> severityBox;
    @FXML private Button resetRuleButton;
    @FXML private TableView<ParamRow> paramTable;
    @FXML private TableColumn<ParamRow, Object> paramNameColumn;
    @FXML private TableColumn<ParamRow, String> paramValueColumn;
    @FXML private TableColumn<ParamRow, Object> paramPackColumn;
    @FXML private TableColumn<ParamRow, Object> paramAllowedColumn;
    @FXML private Label ruleError;
    @FXML private Label ruleHint;

    RulePackView(RulePackViewModel viewModel, ResourceBundle messages, ObservableStringValue mainError,
                 ObservableStringValue findingsSummary) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.mainError = mainError;
        this.findingsSummary = findingsSummary;
    }

    Parent load() {
        return FxmlViews.load("RulePackView.fxml", this, messages);
    }

    @FXML
    private void initialize() {
        rulesHeading.textProperty().bind(viewModel.headingProperty());
        rulesFindings.textProperty().bind(Bindings.concat(messages.getString("findings.title"), ": ", findingsSummary));
        rulesHeading.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        FxmlViews.column(ruleTitleColumn, RuleRow::title);
        FxmlViews.column(ruleSeverityColumn, RuleRow::severity);
        FxmlViews.column(ruleFindingsColumn, r -> r.findings() == 0 ? "" : Formats.integer(r.findings()));
        FxmlViews.column(ruleParamsColumn, RuleRow::params);
        FxmlViews.column(ruleValidityColumn, RuleRow::validity);
        FxmlViews.column(ruleOwnColumn, r -> r.overridden() ? messages.getString("rules.own") : "");
        ruleTitleColumn.setCellFactory(c -> tipCell(r -> r.ruleId() + " — " + r.title(), null));
        ruleParamsColumn.setCellFactory(c -> tipCell(r -> r.params().replace("; ", "\n"), null));
        ruleSeverityColumn.setCellFactory(c -> tipCell(null, r -> "severity-" + r.rule().severity().name()));
        ruleOwnColumn.setCellFactory(c -> tipCell(null, r -> r.overridden() ? "own-value" : null));
        ruleTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(RuleRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("rule-not-in-force");
                if (!empty && item != null && !item.inForce()) {
                    getStyleClass().add("rule-not-in-force");
                }
            }
        });
        ruleTable.setItems(viewModel.rules());
        ruleTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                ruleTable.getSelectionModel().clearSelection();
            } else if (ruleTable.getSelectionModel().getSelectedItem() != now) {
                ruleTable.getSelectionModel().select(now);
            }
        });

        ruleTitle.textProperty().bind(viewModel.ruleTitleProperty());
        ruleBasis.textProperty().bind(viewModel.ruleBasisProperty());
        viewModel.selectedProperty().addListener((obs, old, now) -> ruleTitle.setTooltip(now == null ? null : new Tooltip(now.ruleId())));
        severityBox.getItems().setAll(viewModel.severityChoices());
        viewModel.severityProperty().addListener((obs, old, now) -> follow(now));
        follow(viewModel.severityProperty().get());
        severityBox.setOnAction(e -> {
            if (!following && severityBox.getValue() != null) {
                viewModel.setSeverity(severityBox.getValue());
            }
        });
        severityBox.disableProperty().bind(viewModel.selectedProperty().isNull());
        resetRuleButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> viewModel.selectedProperty().get() == null || !viewModel.selectedProperty().get().overridden(),
                viewModel.selectedProperty()));
        resetRuleButton.setOnAction(e -> viewModel.resetToPack());

        FxmlViews.column(paramNameColumn, ParamRow::label);
        paramValueColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
        FxmlViews.column(paramPackColumn, ParamRow::packValue);
        FxmlViews.column(paramAllowedColumn, ParamRow::allowed);
        paramNameColumn.setCellFactory(c -> paramTipCell());
        paramAllowedColumn.setCellFactory(c -> paramTipCell());
        paramValueColumn.setCellFactory(c -> new TextFieldTableCell<>(new DefaultStringConverter()) {
            @Override
            public void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("own-value");
                ParamRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row != null && row.changed()) {
                    getStyleClass().add("own-value");
                }
            }
        });
        paramValueColumn.setOnEditCommit(e -> {
            editedKey = e.getRowValue().key();
            if (!viewModel.setParam(e.getRowValue(), e.getNewValue())) {
                paramTable.refresh(); // the refused text goes; the stored value shows again
            }
            // the editor leaves the scene with the commit: keep the keyboard in the table, not on the scheme chooser
            javafx.application.Platform.runLater(paramTable::requestFocus);
        });
        paramTable.setItems(viewModel.params());
        // the rows are rebuilt after each edit: the parameter just edited stays selected
        viewModel.params().addListener((javafx.collections.ListChangeListener<ParamRow>) c -> {
            if (editedKey != null) {
                viewModel.params().stream().filter(p -> p.key().equals(editedKey)).findFirst()
                        .ifPresent(p -> paramTable.getSelectionModel().select(p));
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (old == null || now == null || !old.ruleId().equals(now.ruleId())) {
                editedKey = null;
            }
        });
        paramTable.setPlaceholder(new Label(messages.getString("rules.none")));
        ruleError.textProperty().bind(FxmlViews.errors(viewModel.errorProperty(), mainError));
        // a refusal gets the whole line; the hint comes back once it is gone
        ruleHint.visibleProperty().bind(ruleError.textProperty().isEmpty());
        ruleHint.managedProperty().bind(ruleHint.visibleProperty());
    }

    private void follow(String severity) {
        following = true;
        try {
            severityBox.setValue(severity == null || severity.isEmpty() ? null : severity);
        } finally {
            following = false;
        }
    }

    /** A text cell with an optional tooltip and an optional style class, both from the row. */
    private static TableCell<RuleRow, Object> tipCell(java.util.function.Function<RuleRow, String> tip,
                                                      java.util.function.Function<RuleRow, String> style) {
        return new TableCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                for (Severity s : Severity.values()) {
                    getStyleClass().remove("severity-" + s.name());
                }
                getStyleClass().remove("own-value");
                RuleRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty || item == null ? null : item.toString());
                setTooltip(row == null || tip == null ? null : new Tooltip(tip.apply(row)));
                String cls = row == null || style == null ? null : style.apply(row);
                if (cls != null) {
                    getStyleClass().add(cls);
                }
            }
        };
    }

    private static TableCell<ParamRow, Object> paramTipCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                ParamRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty || item == null ? null : item.toString());
                setTooltip(row == null ? null : new Tooltip(row.key() + ": " + row.label()
                        + (row.allowed().isEmpty() ? "" : "\n" + row.allowed())));
            }
        };
    }
}
