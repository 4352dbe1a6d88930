package vn.vtvlstudio.ui.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.vtvlstudio.domain.Competency;
import vn.vtvlstudio.domain.CompetencyGroup;
import vn.vtvlstudio.service.EditInputs;
import vn.vtvlstudio.service.InvalidEditException;
import vn.vtvlstudio.service.ReferenceService;
import vn.vtvlstudio.ui.Formats;

/**
 * The competency dictionary: group (Chung / Chuyên môn / Quản lý), code, name, definition and the descriptors of
 * levels 1–5. A form edits the selected competency or a new one; edits go through {@link ReferenceService}.
 */
public final class CompetencyDictionaryViewModel {

    public static final int LEVELS = 5;

    private final ReferenceService service;
    private final ResourceBundle messages;
    private final Consumer<Runnable> runEdit;

    private List<Competency> competencies = List.of();
    private Map<Long, Integer> uses = Map.of();
    private final ObservableList<CompetencyRow> rows = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final StringProperty groupFilter = new SimpleStringProperty("");
    private final StringProperty count = new SimpleStringProperty("");
    private final ObjectProperty<CompetencyRow> selected = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");

    private final StringProperty group = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty definition = new SimpleStringProperty("");
    private final StringProperty source = new SimpleStringProperty("");
    private final List<StringProperty> levels = new ArrayList<>();
    /** Id of the competency in the form; null for a new one. */
    private final ObjectProperty<Long> editing = new SimpleObjectProperty<>();
    /** Code of a competency just added, to select when the dictionary is read again. */
    private String pendingCode;

    public CompetencyDictionaryViewModel(ReferenceService service, ResourceBundle messages, Consumer<Runnable> runEdit) {
        this.service = service;
        this.messages = messages;
        this.runEdit = runEdit;
        for (int i = 0; i < LEVELS; i++) {
            levels.add(new SimpleStringProperty(""));
        }
        filter.addListener((obs, old, now) -> refresh());
        groupFilter.addListener((obs, old, now) -> refresh());
        selected.addListener((obs, old, now) -> {
            if (now != null) {
                load(now.competency());
            }
        });
        newCompetency();
    }

    void show(List<Competency> competencies, Map<Long, Integer> uses) {
        this.competencies = competencies;
        this.uses = uses;
        refresh();
    }

    private void refresh() {
        String needle = filter.get() == null ? "" : filter.get().strip().toLowerCase(Formats.VI);
        CompetencyGroup only = groupOf(groupFilter.get());
        Long keep = selected.get() == null ? editing.get() : selected.get().competency().id();
        if (keep == null && pendingCode != null) {
            keep = competencies.stream().filter(c -> c.code().equalsIgnoreCase(pendingCode)).map(Competency::id).findFirst().orElse(null);
            if (keep != null) {
                pendingCode = null;
            }
        }
        Long wanted = keep;
        rows.setAll(competencies.stream()
                .filter(c -> only == null || c.group() == only)
                .filter(c -> needle.isEmpty() || (c.code() + " " + c.name()).toLowerCase(Formats.VI).contains(needle))
                .sorted(Comparator.comparing(Competency::group).thenComparing(Competency::code))
                .map(c -> new CompetencyRow(groupLabel(c.group()), c.code(), c.name(), uses.getOrDefault(c.id(), 0), c))
                .toList());
        count.set(String.format(messages.getString("competencies.count"), rows.size(), competencies.size()));
        selected.set(wanted == null ? null : rows.stream().filter(r -> wanted.equals(r.competency().id())).findFirst().orElse(null));
    }

    private void load(Competency c) {
        editing.set(c.id());
        group.set(groupLabel(c.group()));
        code.set(c.code());
        name.set(c.name());
        definition.set(c.description() == null ? "" : c.description());
        source.set(c.source() == null ? "" : c.source());
        for (int i = 0; i < LEVELS; i++) {
            String d = c.descriptor(i + 1);
            levels.get(i).set(d == null ? "" : d);
        }
        error.set("");
    }

    /** Empties the form for a new competency (professional by default: the general ones ship with the program). */
    public void newCompetency() {
        selected.set(null);
        editing.set(null);
        group.set(groupLabel(CompetencyGroup.PROFESSIONAL));
        code.set("");
        name.set("");
        definition.set("");
        source.set("");
        levels.forEach(l -> l.set(""));
        error.set("");
    }

    /** Saves the form; a bad field is reported and nothing is saved. */
    public boolean save() {
        try {
            String c = EditInputs.required(ReferenceService.F_COMPETENCY_CODE, code.get());
            EditInputs.required(ReferenceService.F_COMPETENCY_NAME, name.get());
            CompetencyGroup g = groupOf(group.get());
            if (g == null) {
                throw new InvalidEditException(ReferenceService.F_COMPETENCY_GROUP, messages.getString("competencies.chooseGroup"));
            }
            Long id = editing.get();
            competencies.stream().filter(o -> !o.id().equals(id) && o.code().equalsIgnoreCase(c)).findFirst().ifPresent(o -> {
                throw new InvalidEditException(ReferenceService.F_COMPETENCY_CODE, "Mã năng lực «" + c + "» đã có trong từ điển (" + o.name() + ").");
            });
            Map<Integer, String> descriptors = new HashMap<>();
            for (int i = 0; i < LEVELS; i++) {
                descriptors.put(i + 1, levels.get(i).get() == null ? "" : levels.get(i).get());
            }
            Competency draft = new Competency(id, c, g, name.get(), definition.get(), descriptors, source.get());
            error.set("");
            if (id == null) {
                // the reload that follows the edit selects it, once it has an id
                pendingCode = c;
                runEdit.accept(() -> service.addCompetency(draft));
            } else {
                runEdit.accept(() -> service.updateCompetency(draft));
            }
            return true;
        } catch (InvalidEditException e) {
            error.set(e.getMessage());
            return false;
        }
    }

    /** Deletes the selected competency; the service refuses one that a position's framework requires and says which. */
    public void delete() {
        CompetencyRow row = selected.get();
        if (row != null) {
            error.set("");
            runEdit.accept(() -> service.deleteCompetency(row.competency().id()));
        }
    }

    public List<String> groupChoices() {
        return Arrays.stream(CompetencyGroup.values()).map(this::groupLabel).toList();
    }

    public List<String> groupFilterChoices() {
        List<String> out = new ArrayList<>();
        out.add(messages.getString("competencies.allGroups"));
        out.addAll(groupChoices());
        return out;
    }

    private CompetencyGroup groupOf(String label) {
        return Arrays.stream(CompetencyGroup.values()).filter(g -> groupLabel(g).equals(label)).findFirst().orElse(null);
    }

    private String groupLabel(CompetencyGroup g) {
        return messages.getString("competency." + g.name());
    }

    public ObservableList<CompetencyRow> rows() { return rows; }
    public StringProperty filterProperty() { return filter; }
    public StringProperty groupFilterProperty() { return groupFilter; }
    public StringProperty countProperty() { return count; }
    public ObjectProperty<CompetencyRow> selectedProperty() { return selected; }
    public StringProperty errorProperty() { return error; }
    public StringProperty groupProperty() { return group; }
    public StringProperty codeProperty() { return code; }
    public StringProperty nameProperty() { return name; }
    public StringProperty definitionProperty() { return definition; }
    public StringProperty sourceProperty() { return source; }
    /** Descriptor of level {@code level} (1–5). */
    public StringProperty levelProperty(int level) { return levels.get(level - 1); }
    public ObjectProperty<Long> editingProperty() { return editing; }
}
