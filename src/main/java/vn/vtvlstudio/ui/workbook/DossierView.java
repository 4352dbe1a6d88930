package vn.vtvlstudio.ui.workbook;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The File menu's "Xuất hồ sơ trình duyệt (Excel)…" and "Nhập từ bảng tính…": the file choosers, the question
 * whether to export the whole scheme or the agency selected in the tree, and the import preview. The work itself and
 * its progress belong to {@link DossierViewModel}.
 */
public final class DossierView {

    /** Picks a file to save to ({@code save}) or to read; null when the user cancels. The native chooser by default. */
    @FunctionalInterface
    public interface FileChoice {
        Path choose(boolean save, String suggestedName);
    }

    private final DossierViewModel viewModel;
    private final ResourceBundle messages;
    private final Supplier<Window> owner;
    private FileChoice files;
    /** Given the selected agency's name: true for that agency only, false for the whole scheme, empty to stop. */
    private Function<String, Optional<Boolean>> scope;
    private File lastFolder;
    private ImportPreviewDialog preview;

    public DossierView(DossierViewModel viewModel, ResourceBundle messages, Supplier<Window> owner) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.owner = owner;
        this.files = this::nativeChooser;
        this.scope = this::askScope;
        viewModel.reviewProperty().addListener((obs, old, now) -> {
            if (preview != null) {
                preview.close();
                preview = null;
            }
            if (now != null) {
                preview = new ImportPreviewDialog(viewModel, messages, owner.get());
                preview.show();
            }
        });
    }

    /** Wires the two menu items; both are off while long work runs or when {@code noScheme} is true. */
    public void attach(MenuItem exportItem, MenuItem importItem, ObservableBooleanValue noScheme) {
        var busy = viewModel.longWork().runningProperty();
        exportItem.setOnAction(e -> exportNow());
        exportItem.disableProperty().bind(busy.or(javafx.beans.binding.Bindings.createBooleanBinding(noScheme::get, noScheme)));
        importItem.setOnAction(e -> importNow());
        importItem.setVisible(viewModel.canImport());
        importItem.disableProperty().bind(busy.or(javafx.beans.binding.Bindings.createBooleanBinding(noScheme::get, noScheme)));
    }

    /** Replaces the native file chooser (tests). */
    public void setFileChoice(FileChoice files) {
        this.files = files;
    }

    /** Replaces the whole-scheme-or-agency question (tests). */
    public void setScopeChoice(Function<String, Optional<Boolean>> scope) {
        this.scope = scope;
    }

    /** The import preview shown, or null. */
    public ImportPreviewDialog preview() {
        return preview;
    }

    /** Asks where (and, with an agency selected, what) to export, then exports with the progress bar. */
    public void exportNow() {
        Optional<String> part = viewModel.partialScope();
        boolean agencyOnly = false;
        if (part.isPresent()) {
            Optional<Boolean> choice = scope.apply(part.get());
            if (choice.isEmpty()) {
                return;
            }
            agencyOnly = choice.get();
        }
        Path target = files.choose(true, viewModel.suggestedFileName(agencyOnly));
        if (target != null) {
            if (!target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
                target = target.resolveSibling(target.getFileName() + ".xlsx");
            }
            viewModel.export(target, agencyOnly);
        }
    }

    /** Asks for a workbook and previews what importing it would change. */
    public void importNow() {
        Path file = files.choose(false, null);
        if (file != null) {
            viewModel.review(file);
        }
    }

    private Path nativeChooser(boolean save, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.getString(save ? "export.chooser" : "import.chooser"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.getString("export.filter"), "*.xlsx"));
        File folder = lastFolder != null && lastFolder.isDirectory() ? lastFolder : defaultFolder();
        if (folder != null) {
            chooser.setInitialDirectory(folder);
        }
        if (suggestedName != null) {
            chooser.setInitialFileName(suggestedName);
        }
        File chosen = save ? chooser.showSaveDialog(owner.get()) : chooser.showOpenDialog(owner.get());
        if (chosen == null) {
            return null;
        }
        lastFolder = chosen.getParentFile();
        return chosen.toPath();
    }

    /** Documents in the user's home (Windows and most Linux desktops have one), else the home itself. */
    private static File defaultFolder() {
        File home = new File(System.getProperty("user.home", "."));
        File documents = new File(home, "Documents");
        return documents.isDirectory() ? documents : home.isDirectory() ? home : null;
    }

    private Optional<Boolean> askScope(String agencyName) {
        ButtonType whole = new ButtonType(messages.getString("export.scope.whole"), ButtonBar.ButtonData.YES);
        ButtonType agency = new ButtonType(messages.getString("export.scope.agency"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.getString("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, String.format(messages.getString("export.scope.text"), agencyName),
                whole, agency, cancel);
        alert.setHeaderText(messages.getString("export.scope.header"));
        alert.initOwner(owner.get());
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            return Optional.empty();
        }
        return Optional.of(answer.get() == agency);
    }
}
