package vn.vtvlstudio.ui.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.vtvlstudio.domain.AuditEntry;
import vn.vtvlstudio.service.AuditService;
import vn.vtvlstudio.ui.Formats;

/** The audit log window: the newest changes, exportable to CSV. */
public final class AuditViewModel {

    static final int LIMIT = 2000;
    private final AuditService audit;
    private final ResourceBundle messages;
    private final Executor background;
    private final Executor ui;
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");

    public AuditViewModel(AuditService audit, ResourceBundle messages, Executor background, Executor ui) {
        this.audit = audit;
        this.messages = messages;
        this.background = background;
        this.ui = ui;
    }

    public void load() {
        background.execute(() -> {
            var list = audit.recent(LIMIT);
            ui.execute(() -> {
                entries.setAll(list);
                status.set(String.format(messages.getString("audit.count"), Formats.integer(list.size())));
            });
        });
    }

    public void exportCsv(Path file) {
        try {
            AuditService.exportCsv(entries, file);
            status.set(String.format(messages.getString("audit.exported"), Formats.integer(entries.size()), file));
        } catch (IOException e) {
            status.set(messages.getString("status.error") + " " + e.getMessage());
        }
    }

    public ObservableList<AuditEntry> entries() { return entries; }
    public StringProperty statusProperty() { return status; }
}
