package vn.vtvlstudio.ui.reference;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.vtvlstudio.domain.Grade;
import vn.vtvlstudio.domain.GradeKind;
import vn.vtvlstudio.domain.GradeTier;
import vn.vtvlstudio.service.EditInputs;
import vn.vtvlstudio.service.InvalidEditException;
import vn.vtvlstudio.service.ReferenceService;
import vn.vtvlstudio.ui.Formats;

/**
 * The grade catalogue (ngạch công chức, chức danh nghề nghiệp): a filtered table, and a form that edits the selected
 * grade or a new one. Saving and deleting go through {@link ReferenceService} via {@code runEdit}, which records undo
 * and refreshes the window.
 */
public final class GradeCatalogViewModel {

    private final ReferenceService service;
    private final ResourceBundle messages;
    private final Consumer<Runnable> runEdit;

    private List<Grade> grades = List.of();
    private Map<String, Integer> uses = Map.of();
    private final ObservableList<GradeRow> rows = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final StringProperty kindFilter = new SimpleStringProperty("");
    private final StringProperty count = new SimpleStringProperty("");
    private final ObjectProperty<GradeRow> selected = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");

    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty kind = new SimpleStringProperty("");
    private final StringProperty tier = new SimpleStringProperty("");
    private final StringProperty sector = new SimpleStringProperty("");
    private final StringProperty validFrom = new SimpleStringProperty("");
    private final StringProperty validTo = new SimpleStringProperty("");
    private final StringProperty source = new SimpleStringProperty("");
    /** True while the form shows a stored grade: its code is the key positions use and stays as it is. */
    private final BooleanProperty existing = new SimpleBooleanProperty(false);
    private final ObservableList<String> tierChoices = FXCollections.observableArrayList();
    /** Code of a grade just added, to select when the catalogue is read again. */
    private String pendingCode;

    public GradeCatalogViewModel(ReferenceService service, ResourceBundle messages, Consumer<Runnable> runEdit) {
        this.service = service;
        this.messages = messages;
        this.runEdit = runEdit;
        filter.addListener((obs, old, now) -> refresh());
        kindFilter.addListener((obs, old, now) -> refresh());
        selected.addListener((obs, old, now) -> {
            if (now != null) {
                load(now.grade());
            }
        });
        kind.addListener((obs, old, now) -> tierChoices.setAll(tiersOf(kindOf(now))));
        newGrade();
    }

    /** Shows the catalogue as just read, keeping the selected grade selected. */
    void show(List<Grade> grades, Map<String, Integer> uses) {
        this.grades = grades;
        this.uses = uses;
        refresh();
    }

    private void refresh() {
        String needle = filter.get() == null ? "" : filter.get().strip().toLowerCase(Formats.VI);
        GradeKind onlyKind = kindOf(kindFilter.get());
        String keep = selected.get() != null ? selected.get().code() : pendingCode;
        rows.setAll(grades.stream()
                .filter(g -> onlyKind == null || g.kind() == onlyKind)
                .filter(g -> needle.isEmpty() || (g.code() + " " + g.name() + " " + g.sector()).toLowerCase(Formats.VI).contains(needle))
                .sorted(Comparator.comparing(Grade::code))
                .map(this::row).toList());
        count.set(String.format(messages.getString("grades.count"), rows.size(), grades.size()));
        selected.set(rows.stream().filter(r -> r.code().equalsIgnoreCase(keep)).findFirst().orElse(null));
        if (selected.get() != null) {
            pendingCode = null;
        }
    }

    private GradeRow row(Grade g) {
        // the table uses the short names officers write (Ngạch / CDNN; CVC, Hạng II), the form the full ones
        return new GradeRow(g.code(), g.name(), messages.getString("gradeKind.short." + g.kind().name()),
                messages.getString("tier." + g.tier().name()), g.sector(), validity(g.validFrom(), g.validTo()),
                uses.getOrDefault(g.code(), 0), g.source(), g);
    }

    private void load(Grade g) {
        code.set(g.code());
        name.set(g.name());
        kind.set(kindLabel(g.kind()));
        tier.set(tierLabel(g.tier()));
        sector.set(g.sector());
        validFrom.set(Formats.date(g.validFrom()));
        validTo.set(Formats.date(g.validTo()));
        source.set(g.source() == null ? "" : g.source());
        existing.set(true);
        error.set("");
    }

    /** Empties the form for a new grade. */
    public void newGrade() {
        selected.set(null);
        code.set("");
        name.set("");
        kind.set(kindLabel(GradeKind.NGACH));
        tier.set(tierLabel(GradeTier.CV));
        sector.set("");
        validFrom.set("");
        validTo.set("");
        source.set("");
        existing.set(false);
        error.set("");
    }

    /** Saves the form (a new grade or the selected one); a bad field is reported and nothing is saved. */
    public boolean save() {
        try {
            LocalDate from = EditInputs.date(messages.getString("grades.validFrom"), validFrom.get());
            LocalDate to = EditInputs.date(messages.getString("grades.validTo"), validTo.get());
            GradeKind k = kindOf(kind.get());
            if (k == null) {
                throw new InvalidEditException(ReferenceService.F_GRADE_KIND, messages.getString("grades.chooseKind"));
            }
            GradeTier t = Arrays.stream(GradeTier.values()).filter(x -> tierLabel(x).equals(tier.get())).findFirst().orElse(null);
            Grade g = new Grade(code.get(), name.get(), t, sector.get(), k, from, to, source.get());
            boolean update = existing.get();
            // checked here already, so that a mistake is shown under the form and the edit never starts
            checkLocally(g, update);
            error.set("");
            if (!update) {
                // the reload that follows the edit selects the new grade (and the form then edits it)
                pendingCode = g.code().strip();
            }
            runEdit.accept(() -> {
                if (update) {
                    service.updateGrade(g);
                } else {
                    service.addGrade(g);
                }
            });
            return true;
        } catch (InvalidEditException e) {
            error.set(e.getMessage());
            return false;
        }
    }

    private void checkLocally(Grade g, boolean update) {
        EditInputs.required(ReferenceService.F_GRADE_CODE, g.code());
        EditInputs.required(ReferenceService.F_GRADE_NAME, g.name());
        if (g.tier() == null) {
            throw new InvalidEditException(ReferenceService.F_GRADE_TIER, messages.getString("grades.chooseTier"));
        }
        EditInputs.required(ReferenceService.F_GRADE_SECTOR, g.sector());
        if (g.validFrom() != null && g.validTo() != null && g.validTo().isBefore(g.validFrom())) {
            throw new InvalidEditException(ReferenceService.F_GRADE_VALID_TO, "Hiệu lực đến (" + Formats.date(g.validTo())
                    + ") trước hiệu lực từ (" + Formats.date(g.validFrom()) + ").");
        }
        if (!update) {
            grades.stream().filter(o -> o.code().equalsIgnoreCase(g.code().strip())).findFirst().ifPresent(o -> {
                throw new InvalidEditException(ReferenceService.F_GRADE_CODE,
                        "Mã ngạch «" + g.code().strip() + "» đã có trong danh mục (" + o.name() + ").");
            });
        }
    }

    /** Deletes the selected grade; the service refuses one that positions still use and says which. */
    public void delete() {
        GradeRow row = selected.get();
        if (row != null) {
            error.set("");
            runEdit.accept(() -> service.deleteGrade(row.code()));
        }
    }

    public List<String> kindChoices() {
        return Arrays.stream(GradeKind.values()).map(this::kindLabel).toList();
    }

    /** Filter choices: everything, then each kind. */
    public List<String> kindFilterChoices() {
        List<String> out = new java.util.ArrayList<>();
        out.add(messages.getString("grades.allKinds"));
        out.addAll(kindChoices());
        return out;
    }

    private List<String> tiersOf(GradeKind k) {
        return Arrays.stream(GradeTier.values())
                .filter(t -> k == null || (k == GradeKind.CDNN) == t.name().startsWith("HANG_"))
                .map(this::tierLabel).toList();
    }

    private GradeKind kindOf(String label) {
        return Arrays.stream(GradeKind.values()).filter(k -> kindLabel(k).equals(label)).findFirst().orElse(null);
    }

    String kindLabel(GradeKind k) {
        return messages.getString("gradeKind." + k.name());
    }

    String tierLabel(GradeTier t) {
        return messages.getString("gradeTier." + t.name());
    }

    private String validity(LocalDate from, LocalDate to) {
        return Validity.text(messages, from, to, "");
    }

    public ObservableList<GradeRow> rows() { return rows; }
    public StringProperty filterProperty() { return filter; }
    public StringProperty kindFilterProperty() { return kindFilter; }
    public StringProperty countProperty() { return count; }
    public ObjectProperty<GradeRow> selectedProperty() { return selected; }
    public StringProperty errorProperty() { return error; }
    public StringProperty codeProperty() { return code; }
    public StringProperty nameProperty() { return name; }
    public StringProperty kindProperty() { return kind; }
    public StringProperty tierProperty() { return tier; }
    public StringProperty sectorProperty() { return sector; }
    public StringProperty validFromProperty() { return validFrom; }
    public StringProperty validToProperty() { return validTo; }
    public StringProperty sourceProperty() { return source; }
    public BooleanProperty existingProperty() { return existing; }
    public ObservableList<String> tierChoices() { return tierChoices; }
}
