package vn.vtvlstudio.ui.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.vtvlstudio.domain.Agency;
import vn.vtvlstudio.domain.Progress;
import vn.vtvlstudio.domain.SchemeSnapshot;
import vn.vtvlstudio.rules.Finding;
import vn.vtvlstudio.service.DossierService;
import vn.vtvlstudio.service.EditService;
import vn.vtvlstudio.service.ImportReview;
import vn.vtvlstudio.service.ImportService;
import vn.vtvlstudio.ui.Formats;
import vn.vtvlstudio.ui.LongWork;

/**
 * Export of the approval dossier and import from a spreadsheet, as the File menu offers them. Both run as long work
 * (progress bar, "Hủy"); an import is read and shown first ({@link #review}), and saved only when the user says so
 * ({@link #applyReview}) as one undoable step. Knows no View; tested on a synchronous executor.
 */
public final class DossierViewModel {

    /** What the dossier needs of the workspace window it belongs to. */
    public interface Workspace {
        /** The scheme as shown, or null before one is open. */
        SchemeSnapshot snapshot();

        /** The agency selected in the tree, or null. */
        Long selectedAgencyId();

        /** The findings to print for the snapshot shown: the ones on screen, or a check run in the background. */
        Function<Progress, List<Finding>> findings();

        /** Reads the scheme again and refreshes totals and findings, then says {@code doneMessage}. */
        void reload(String doneMessage);

        /** The window's status line. */
        StringProperty status();
    }

    /** One change in the import preview: where it comes from, which position and field, and old → new. */
    public record ChangeRow(String sheet, String row, String code, String field, String before, String after) {
    }

    /** One problem in the import preview, with its place in the sheet. */
    public record ProblemRow(String sheet, String row, String column, String field, String message) {
    }

    private final Workspace workspace;
    private final EditService edits;
    private final DossierService dossiers;
    private final ImportService imports;
    private final ResourceBundle messages;
    private final LongWork work;

    private final ObjectProperty<Path> lastExport = new SimpleObjectProperty<>();
    private final ObjectProperty<ImportReview> review = new SimpleObjectProperty<>();
    private final ObservableList<ChangeRow> changeRows = FXCollections.observableArrayList();
    private final ObservableList<ProblemRow> problemRows = FXCollections.observableArrayList();
    private final StringProperty reviewTitle = new SimpleStringProperty("");
    private final StringProperty reviewSummary = new SimpleStringProperty("");
    private final BooleanProperty canApply = new SimpleBooleanProperty(false);

    /**
     * @param edits   saves the import as an undoable edit; null for a read-only window (export only)
     * @param imports null when import is not offered
     */
    public DossierViewModel(Workspace workspace, EditService edits, DossierService dossiers, ImportService imports,
                            ResourceBundle messages, LongWork work) {
        this.workspace = workspace;
        this.edits = edits;
        this.dossiers = dossiers;
        this.imports = imports;
        this.messages = messages;
        this.work = work;
    }

    public LongWork longWork() { return work; }
    /** The file of the last export that succeeded (the window offers to open its folder); cleared by the next one. */
    public ReadOnlyObjectProperty<Path> lastExportProperty() { return lastExport; }
    /** The import being previewed, or null; the window shows the preview while it is set. */
    public ReadOnlyObjectProperty<ImportReview> reviewProperty() { return review; }
    public ObservableList<ChangeRow> changeRows() { return changeRows; }
    public ObservableList<ProblemRow> problemRows() { return problemRows; }
    public ReadOnlyStringProperty reviewTitleProperty() { return reviewTitle; }
    /** Counts, or why nothing can be imported. */
    public ReadOnlyStringProperty reviewSummaryProperty() { return reviewSummary; }
    /** True when the preview may be saved: the file was read, has no problem and changes something. */
    public ReadOnlyBooleanProperty canApplyProperty() { return canApply; }

    public boolean canImport() {
        return edits != null && imports != null;
    }

    // ------------------------------------------------------------------ export

    /** The agency selected in the tree when it is not the whole scheme: the export may be limited to it. */
    public Optional<String> partialScope() {
        return selectedPart().map(Agency::name);
    }

    private Optional<Agency> selectedPart() {
        SchemeSnapshot snap = workspace.snapshot();
        Long id = workspace.selectedAgencyId();
        if (snap == null || id == null || id == snap.scheme().rootAgencyId()) {
            return Optional.empty();
        }
        return Optional.ofNullable(snap.agencies().get(id));
    }

    /**
     * "Hồ sơ đề án VTVL - Khối Đảng, MTTQ, đoàn thể tỉnh Hậu Giang - 2024.xlsx": the agency exported (its short name
     * when it has one) and the scheme's year.
     */
    public String suggestedFileName(boolean agencyOnly) {
        SchemeSnapshot snap = workspace.snapshot();
        if (snap == null) {
            return "ho-so-de-an.xlsx";
        }
        Agency agency = (agencyOnly ? selectedPart() : Optional.<Agency>empty())
                .orElse(snap.agencies().get(snap.scheme().rootAgencyId()));
        String name = agency == null ? snap.scheme().title()
                : agency.shortName() != null && !agency.shortName().isBlank() ? agency.shortName() : agency.name();
        return safeFileName(String.format(messages.getString("export.fileName"), name, snap.scheme().year())) + ".xlsx";
    }

    /** A name every file system takes: no path separators or characters Windows forbids, at most 120 characters. */
    static String safeFileName(String name) {
        String s = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ").replaceAll("\\s+", " ").strip();
        if (s.length() > 120) {
            int cut = s.lastIndexOf(' ', 120);
            s = s.substring(0, cut > 60 ? cut : 120).strip();
        }
        s = s.replaceAll("[. ]+$", "");
        return s.isEmpty() ? "ho-so-de-an" : s;
    }

    /**
     * Writes the dossier of the scheme shown (or of the selected agency and everything below it) to {@code target},
     * with the findings shown, off the UI thread. The file appears only when complete; a cancel leaves an existing
     * file as it was.
     */
    public void export(Path target, boolean agencyOnly) {
        SchemeSnapshot snap = workspace.snapshot();
        if (snap == null || target == null) {
            return;
        }
        String agencyCode = agencyOnly ? selectedPart().map(Agency::code).orElse(null) : null;
        Function<Progress, List<Finding>> findings = workspace.findings();
        boolean existed = Files.exists(target);
        lastExport.set(null);
        work.run(String.format(messages.getString("work.exporting"), target.getFileName()), progress -> {
            try {
                return dossiers.export(snap, agencyCode, findings.apply(progress), target, progress);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, result -> {
            lastExport.set(result.file());
            workspace.status().set(String.format(messages.getString("export.done"), result.file(),
                    Formats.integer(result.positions()), Formats.integer(result.bienChe())));
        }, e -> workspace.status().set(String.format(messages.getString("export.failed"),
                e instanceof UncheckedIOException io ? io.getCause().getMessage() : e.getMessage())),
                () -> workspace.status().set(existed ? String.format(messages.getString("export.cancelled.kept"), target)
                        : messages.getString("export.cancelled.none")));
    }

    // ------------------------------------------------------------------ import

    /** Reads {@code file} off the UI thread and shows what importing it would change; saves nothing. */
    public void review(Path file) {
        SchemeSnapshot snap = workspace.snapshot();
        if (!canImport() || snap == null || file == null) {
            return;
        }
        long schemeId = snap.scheme().id();
        work.run(String.format(messages.getString("work.reading"), file.getFileName()),
                progress -> imports.review(schemeId, file, progress), this::show,
                e -> workspace.status().set(String.format(messages.getString("import.failed"), e.getMessage())),
                () -> workspace.status().set(messages.getString("import.reading.cancelled")));
    }

    private void show(ImportReview r) {
        String file = r.file().getFileName().toString();
        reviewTitle.set(String.format(messages.getString("import.title"), file));
        changeRows.setAll(r.changes().stream().map(c -> new ChangeRow(c.sheet(), Formats.integer(c.row()), c.code(),
                messages.getString("import.field." + c.field().name()), c.before(), c.after())).toList());
        problemRows.setAll(r.problems().stream().map(p -> new ProblemRow(p.sheet(), Formats.integer(p.row()), p.column(),
                p.field(), p.message())).toList());
        ImportService.ImportResult n = r.counts();
        boolean changes = n.created() + n.updated() > 0;
        if (r.refusal() != null) {
            reviewSummary.set(String.format(messages.getString("import.summary.refused"), file, r.refusal()));
        } else if (!r.problems().isEmpty()) {
            reviewSummary.set(String.format(messages.getString("import.summary.problems"), Formats.integer(r.problems().size()),
                    r.sheet(), Formats.integer(r.rows())));
        } else if (!changes) {
            reviewSummary.set(String.format(messages.getString("import.summary.nothing"), r.sheet(), Formats.integer(r.rows())));
        } else {
            reviewSummary.set(String.format(messages.getString("import.summary"), r.sheet(), Formats.integer(r.rows()),
                    Formats.integer(n.created()), Formats.integer(n.updated()), Formats.integer(n.unchanged())));
        }
        canApply.set(r.canApply() && changes);
        review.set(r);
    }

    /** Saves the import previewed, all of it in one undoable step, then reloads the scheme; or nothing at all. */
    public void applyReview() {
        ImportReview r = review.get();
        if (r == null || !canApply.get()) {
            return;
        }
        closeReview();
        String file = r.file().getFileName().toString();
        work.run(String.format(messages.getString("work.importing"), file), progress -> edits.importReviewed(imports, r, progress),
                n -> workspace.reload(String.format(messages.getString("import.done"), file, Formats.integer(n.created()),
                        Formats.integer(n.updated()), Formats.integer(n.unchanged()))),
                e -> {
                    workspace.status().set(String.format(messages.getString("import.failed"), e.getMessage()));
                    if (e instanceof ImportService.ImportRejectedException) {
                        review(r.file()); // the scheme changed since the preview: show the file's problems as it is now
                    }
                },
                () -> workspace.status().set(messages.getString("import.cancelled")));
    }

    /** Closes the preview without saving anything. */
    public void discardReview() {
        if (review.get() != null) {
            closeReview();
            workspace.status().set(messages.getString("import.discarded"));
        }
    }

    private void closeReview() {
        review.set(null);
        changeRows.clear();
        problemRows.clear();
        canApply.set(false);
    }
}
