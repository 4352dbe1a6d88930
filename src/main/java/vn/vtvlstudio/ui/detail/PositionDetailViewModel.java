package vn.vtvlstudio.ui.detail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.vtvlstudio.domain.Competency;
import vn.vtvlstudio.domain.CompetencyRequirement;
import vn.vtvlstudio.domain.JobDescription;
import vn.vtvlstudio.domain.JobTask;
import vn.vtvlstudio.domain.Position;
import vn.vtvlstudio.domain.Requirements;
import vn.vtvlstudio.domain.SchemeSnapshot;
import vn.vtvlstudio.service.EditService;
import vn.vtvlstudio.service.InvalidEditException;

/**
 * The job description and competency framework of one position. Tasks are edited as lines
 * "bậc | nội dung | sản phẩm | tiêu chí"; every save goes through {@link EditService} (one undo step).
 */
public final class PositionDetailViewModel {

    private final EditService edits;
    private final ResourceBundle messages;
    private final Consumer<Runnable> runEdit;

    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty leaderLink = new SimpleStringProperty("");
    private final StringProperty objective = new SimpleStringProperty("");
    private final StringProperty tasks = new SimpleStringProperty("");
    private final StringProperty relationsInternal = new SimpleStringProperty("");
    private final StringProperty relationsExternal = new SimpleStringProperty("");
    private final StringProperty authority = new SimpleStringProperty("");
    private final StringProperty conditions = new SimpleStringProperty("");
    private final StringProperty training = new SimpleStringProperty("");
    private final StringProperty certificates = new SimpleStringProperty("");
    private final StringProperty experience = new SimpleStringProperty("");
    private final StringProperty qualities = new SimpleStringProperty("");
    private final StringProperty itAndLanguages = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final ObservableList<CompetencyLine> competencies = FXCollections.observableArrayList();
    private final ObservableList<String> dictionary = FXCollections.observableArrayList();
    private final Map<String, Long> dictionaryIds = new LinkedHashMap<>();
    private Position position;

    public PositionDetailViewModel(EditService edits, ResourceBundle messages, Consumer<Runnable> runEdit) {
        this.edits = edits;
        this.messages = messages;
        this.runEdit = runEdit;
    }

    /** Shows a position of a snapshot (null: nothing selected). */
    public void show(SchemeSnapshot snap, Position p) {
        this.position = p;
        error.set("");
        competencies.clear();
        if (snap == null || p == null) {
            title.set(messages.getString("detail.none"));
            leaderLink.set("");
            List.of(objective, tasks, relationsInternal, relationsExternal, authority, conditions, training, certificates,
                    experience, qualities, itAndLanguages).forEach(s -> s.set(""));
            return;
        }
        title.set(p.code() + " — " + p.name());
        Position linked = snap.position(p.linkedPositionId());
        leaderLink.set(p.isLeadership() ? (linked == null ? messages.getString("detail.noLink")
                : String.format(messages.getString("detail.link"), linked.code(), linked.name())) : "");
        JobDescription d = snap.description(p.id()).orElse(null);
        objective.set(d == null ? "" : nz(d.objective()));
        StringBuilder t = new StringBuilder();
        if (d != null) {
            for (JobTask task : d.tasks()) {
                t.append(task.step()).append(" | ").append(nz(task.content())).append(" | ").append(nz(task.output()))
                        .append(" | ").append(nz(task.criterion())).append('\n');
            }
        }
        tasks.set(t.toString());
        relationsInternal.set(d == null ? "" : nz(d.relationsInternal()));
        relationsExternal.set(d == null ? "" : nz(d.relationsExternal()));
        authority.set(d == null ? "" : nz(d.authority()));
        conditions.set(d == null ? "" : nz(d.conditions()));
        Requirements r = d == null ? Requirements.EMPTY : d.requirements();
        training.set(nz(r.training()));
        certificates.set(nz(r.certificates()));
        experience.set(nz(r.experience()));
        qualities.set(nz(r.qualities()));
        itAndLanguages.set(nz(r.itAndLanguages()));

        List<CompetencyLine> lines = new ArrayList<>();
        for (CompetencyRequirement cr : snap.requirements()) {
            if (cr.positionId() == p.id()) {
                Competency c = snap.competencies().get(cr.competencyId());
                if (c != null) {
                    lines.add(new CompetencyLine(c.id(), groupLabel(c), c.name(), cr.level(), nz(c.descriptor(cr.level()))));
                }
            }
        }
        lines.sort(Comparator.comparing(CompetencyLine::group).thenComparing(CompetencyLine::name));
        competencies.setAll(lines);
        dictionaryIds.clear();
        snap.competencies().values().stream().sorted(Comparator.comparing((Competency c) -> c.group()).thenComparing(Competency::name))
                .forEach(c -> dictionaryIds.put(groupLabel(c) + ": " + c.name(), c.id()));
        dictionary.setAll(dictionaryIds.keySet());
    }

    private String groupLabel(Competency c) {
        return messages.getString("competency." + c.group().name());
    }

    /** Saves the description as typed; a task line without a step number or content is refused with a message. */
    public boolean saveDescription() {
        if (position == null) {
            return false;
        }
        List<JobTask> parsed = new ArrayList<>();
        int lineNo = 0;
        for (String line : tasks.get().split("\n")) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            int step;
            try {
                step = Integer.parseInt(parts[0].strip());
            } catch (NumberFormatException e) {
                error.set(String.format(messages.getString("detail.badTask"), lineNo));
                return false;
            }
            parsed.add(new JobTask(step, part(parts, 1), part(parts, 2), part(parts, 3)));
        }
        JobDescription d = new JobDescription(position.id(), blank(objective.get()), parsed, blank(relationsInternal.get()),
                blank(relationsExternal.get()), blank(authority.get()), blank(conditions.get()),
                new Requirements(blank(training.get()), blank(certificates.get()), blank(experience.get()), blank(qualities.get()),
                        blank(itAndLanguages.get())));
        error.set("");
        long id = position.id();
        runEdit.accept(() -> edits.saveJobDescription(new JobDescription(id, d.objective(), d.tasks(), d.relationsInternal(),
                d.relationsExternal(), d.authority(), d.conditions(), d.requirements())));
        return true;
    }

    public void setLevel(long competencyId, int level) {
        if (position == null) {
            return;
        }
        long id = position.id();
        runEdit.accept(() -> edits.setCompetencyLevel(id, competencyId, level));
    }

    /** Adds a competency chosen as "Nhóm: tên" at a level. */
    public void addCompetency(String choice, Integer level) {
        Long competencyId = choice == null ? null : dictionaryIds.get(choice);
        if (position == null || competencyId == null) {
            error.set(messages.getString("detail.chooseCompetency"));
            return;
        }
        if (level == null) {
            error.set(new InvalidEditException("Cấp độ năng lực", "Cấp độ năng lực phải từ 1 đến 5.").getMessage());
            return;
        }
        setLevel(competencyId, level);
    }

    public void removeCompetency(CompetencyLine line) {
        if (position != null && line != null) {
            long id = position.id();
            runEdit.accept(() -> edits.removeCompetency(id, line.competencyId()));
        }
    }

    private static String part(String[] parts, int i) {
        return parts.length > i ? blank(parts[i]) : null;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public StringProperty titleProperty() { return title; }
    public StringProperty leaderLinkProperty() { return leaderLink; }
    public StringProperty objectiveProperty() { return objective; }
    public StringProperty tasksProperty() { return tasks; }
    public StringProperty relationsInternalProperty() { return relationsInternal; }
    public StringProperty relationsExternalProperty() { return relationsExternal; }
    public StringProperty authorityProperty() { return authority; }
    public StringProperty conditionsProperty() { return conditions; }
    public StringProperty trainingProperty() { return training; }
    public StringProperty certificatesProperty() { return certificates; }
    public StringProperty experienceProperty() { return experience; }
    public StringProperty qualitiesProperty() { return qualities; }
    public StringProperty itAndLanguagesProperty() { return itAndLanguages; }
    public StringProperty errorProperty() { return error; }
    public ObservableList<CompetencyLine> competencies() { return competencies; }
    public ObservableList<String> dictionary() { return dictionary; }
}
