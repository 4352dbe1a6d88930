package vn.vtvlstudio.ui.newscheme;

import java.util.Optional;
import java.util.ResourceBundle;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import vn.vtvlstudio.domain.AdminLevel;
import vn.vtvlstudio.domain.AgencyKind;
import vn.vtvlstudio.domain.Regime;

/** A small form for a new, empty scheme; stays open with the error shown until the input is acceptable. */
public final class NewSchemeDialog {

    private final NewSchemeViewModel viewModel;
    private final ResourceBundle messages;

    public NewSchemeDialog(NewSchemeViewModel viewModel, ResourceBundle messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    /** Shows the form; the new scheme's id when one was created. */
    public Optional<Long> show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.getString("newScheme.title"));
        dialog.setHeaderText(messages.getString("newScheme.header"));
        TextField title = new TextField();
        title.textProperty().bindBidirectional(viewModel.titleProperty());
        title.setPrefColumnCount(40);
        TextField agency = new TextField();
        agency.textProperty().bindBidirectional(viewModel.agencyNameProperty());
        ComboBox<AgencyKind> kind = new ComboBox<>();
        kind.getItems().setAll(AgencyKind.PARTY, AgencyKind.FRONT_MASS_ORG, AgencyKind.ADMINISTRATIVE, AgencyKind.PUBLIC_SERVICE);
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        kind.setButtonCell(label(k -> messages.getString("agencyKind." + k.name())));
        kind.setCellFactory(l -> label(k -> messages.getString("agencyKind." + k.name())));
        ComboBox<AdminLevel> level = new ComboBox<>();
        level.getItems().setAll(AdminLevel.PROVINCE, AdminLevel.COMMUNE, AdminLevel.CENTRAL, AdminLevel.DISTRICT);
        level.valueProperty().bindBidirectional(viewModel.levelProperty());
        level.setButtonCell(label(k -> messages.getString("adminLevel." + k.name())));
        level.setCellFactory(l -> label(k -> messages.getString("adminLevel." + k.name())));
        ComboBox<Regime> regime = new ComboBox<>(viewModel.regimes());
        regime.valueProperty().bindBidirectional(viewModel.regimeProperty());
        regime.setButtonCell(label(Regime::nameVi));
        regime.setCellFactory(l -> label(Regime::nameVi));
        TextField year = new TextField();
        year.textProperty().bindBidirectional(viewModel.yearProperty());
        Label error = new Label();
        error.textProperty().bind(viewModel.errorProperty());
        error.setStyle("-fx-text-fill: -color-danger-fg;");
        error.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        String[] keys = {"newScheme.name", "newScheme.agency", "newScheme.kind", "newScheme.level", "newScheme.regime", "newScheme.year"};
        javafx.scene.Node[] fields = {title, agency, kind, level, regime, year};
        for (int i = 0; i < keys.length; i++) {
            Label l = new Label(messages.getString(keys[i]));
            l.setLabelFor(fields[i]);
            l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.addRow(i, l, fields[i]);
        }
        grid.add(error, 0, keys.length, 2, 1);
        dialog.getDialogPane().setContent(grid);
        // JavaFX ships no Vietnamese button texts: name the buttons ourselves.
        ButtonType createType = new ButtonType(messages.getString("newScheme.create"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        ButtonType cancelType = new ButtonType(messages.getString("dialog.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(createType, cancelType);
        javafx.application.Platform.runLater(title::requestFocus);
        Optional<Long>[] created = new Optional[] {Optional.empty()};
        Button ok = (Button) dialog.getDialogPane().lookupButton(createType);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            created[0] = viewModel.create();
            if (created[0].isEmpty()) {
                e.consume(); // keep the form open with the message
            }
        });
        dialog.showAndWait();
        return created[0];
    }

    private static <T> ListCell<T> label(java.util.function.Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }
}
