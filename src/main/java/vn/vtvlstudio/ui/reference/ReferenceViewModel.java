package vn.vtvlstudio.ui.reference;

import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import vn.vtvlstudio.domain.Competency;
import vn.vtvlstudio.domain.Grade;
import vn.vtvlstudio.domain.LegalReference;
import vn.vtvlstudio.domain.SchemeSnapshot;
import vn.vtvlstudio.rules.Finding;
import vn.vtvlstudio.service.ReferenceService;
import vn.vtvlstudio.service.SchemeRule;

/**
 * The reference-data tab: grade catalogue, competency dictionary and the rule pack of the open scheme. Fed with every
 * snapshot of the main window (so it follows edits, undo and redo made anywhere); reads what the snapshot does not hold
 * (how often each grade and competency is used in all schemes, the scheme's rule settings) off the UI thread.
 */
public final class ReferenceViewModel {

    /** What one reading of the store gives the three screens. */
    private record Loaded(List<Grade> grades, Map<String, Integer> gradeUses, List<Competency> competencies,
                          Map<Long, Integer> competencyUses, List<SchemeRule> rules, List<LegalReference> references) {
    }

    private final ReferenceService service;
    private final Executor background;
    private final Executor ui;
    private final GradeCatalogViewModel grades;
    private final CompetencyDictionaryViewModel competencies;
    private final RulePackViewModel rules;
    private final StringProperty status = new SimpleStringProperty("");
    private SchemeSnapshot latest;
    private boolean active;

    /**
     * @param runEdit  runs an edit through the main window: off the UI thread, then re-reads and re-checks the scheme
     * @param findings the window's findings of the latest check (the rule pack shows how many each rule gives)
     */
    public ReferenceViewModel(ReferenceService service, ResourceBundle messages, Consumer<Runnable> runEdit,
                              ObservableList<Finding> findings, Executor background, Executor ui) {
        this.service = service;
        this.background = background;
        this.ui = ui;
        this.grades = new GradeCatalogViewModel(service, messages, runEdit);
        this.competencies = new CompetencyDictionaryViewModel(service, messages, runEdit);
        this.rules = new RulePackViewModel(service, messages, runEdit);
        rules.followFindings(findings);
    }

    /**
     * Starts following the snapshots (the tab was opened). Until then nothing is read, so that a window whose
     * reference tab stays closed pays nothing for it at start-up or after an edit.
     */
    public void activate() {
        if (!active) {
            active = true;
            show(latest);
        }
    }

    /** Called with every new snapshot of the scheme. */
    public void show(SchemeSnapshot snap) {
        latest = snap;
        if (!active) {
            return;
        }
        if (snap == null) {
            rules.show(null, List.of(), List.of());
            return;
        }
        long schemeId = snap.scheme().id();
        background.execute(() -> {
            Loaded loaded;
            try {
                loaded = new Loaded(service.grades(), service.gradeUseCounts(), service.competencies(), service.competencyUseCounts(),
                        service.rules(schemeId), service.legalReferences());
            } catch (RuntimeException e) {
                ui.execute(() -> status.set(e.getMessage()));
                return;
            }
            ui.execute(() -> {
                if (latest != snap) {
                    return; // a newer snapshot is on its way with its own reading
                }
                grades.show(loaded.grades(), loaded.gradeUses());
                competencies.show(loaded.competencies(), loaded.competencyUses());
                rules.show(snap, loaded.rules(), loaded.references());
            });
        });
    }

    public GradeCatalogViewModel grades() { return grades; }
    public CompetencyDictionaryViewModel competencies() { return competencies; }
    public RulePackViewModel rules() { return rules; }
    /** Why the reference data could not be read, if it could not. */
    public StringProperty statusProperty() { return status; }
}
