package vn.vtvlstudio.ui.main;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.vtvlstudio.domain.Agency;
import vn.vtvlstudio.domain.AgencyTree;
import vn.vtvlstudio.domain.Grade;
import vn.vtvlstudio.domain.Headcount;
import vn.vtvlstudio.domain.OrgUnit;
import vn.vtvlstudio.domain.Position;
import vn.vtvlstudio.domain.PositionGroup;
import vn.vtvlstudio.domain.SchemeSnapshot;
import vn.vtvlstudio.domain.StaffCategory;
import vn.vtvlstudio.domain.Totals;
import vn.vtvlstudio.domain.GroupKind;
import vn.vtvlstudio.domain.WorkloadType;
import vn.vtvlstudio.rules.Finding;
import vn.vtvlstudio.rules.Severity;
import vn.vtvlstudio.service.CheckService;
import vn.vtvlstudio.service.EditInputs;
import vn.vtvlstudio.service.EditService;
import vn.vtvlstudio.service.InvalidEditException;
import vn.vtvlstudio.service.SchemeService;
import vn.vtvlstudio.ui.Formats;

/**
 * State of the main window: the scheme chooser, the agency tree, the positions of the selected node grouped by
 * position group, and the totals that are always visible. Knows no View; loads off the UI thread through
 * {@code background} and publishes through {@code ui} (both synchronous in tests).
 */
public final class MainViewModel {

    /** A rule with more findings than this starts collapsed in the findings panel. */
    static final int COLLAPSED_ABOVE = 10;

    /** Longer names are shown by their short name in the tree; district groupings differ only at the end. */
    static final int TREE_LABEL_LIMIT = 40;

    private final SchemeService schemes;
    private final EditService edits;
    private final ResourceBundle messages;
    private final Executor background;
    private final Executor ui;

    private final ObservableList<SchemeItem> schemeItems = FXCollections.observableArrayList();
    private final ObjectProperty<SchemeItem> selectedScheme = new SimpleObjectProperty<>();
    private final ObjectProperty<AgencyNode> agencyRoot = new SimpleObjectProperty<>();
    private final ObjectProperty<AgencyNode> selectedAgency = new SimpleObjectProperty<>();
    private final ObservableList<GroupSection> sections = FXCollections.observableArrayList();
    private final ObjectProperty<SchemeSnapshot> snapshot = new SimpleObjectProperty<>();

    private final StringProperty positionsTotal = new SimpleStringProperty("");
    private final StringProperty cbccTotal = new SimpleStringProperty("");
    private final StringProperty vienChucTotal = new SimpleStringProperty("");
    private final StringProperty hopDongTotal = new SimpleStringProperty("");
    private final StringProperty bienCheTotal = new SimpleStringProperty("");
    private final StringProperty quotaText = new SimpleStringProperty("");
    private final BooleanProperty overQuota = new SimpleBooleanProperty(false);
    private final StringProperty selectionTitle = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty filter = new SimpleStringProperty("");
    private final StringProperty focusCode = new SimpleStringProperty();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty errorField = new SimpleStringProperty("");
    private final BooleanProperty canUndo = new SimpleBooleanProperty(false);
    private final BooleanProperty canRedo = new SimpleBooleanProperty(false);
    private final StringProperty saveState = new SimpleStringProperty("");
    private final ObservableList<String> gradeChoices = FXCollections.observableArrayList();
    private final List<Runnable> afterRefresh = new ArrayList<>();
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObservableList<FindingSection> findingSections = FXCollections.observableArrayList();
    private final StringProperty findingsSummary = new SimpleStringProperty("");
    private CheckService checks;
    private final vn.vtvlstudio.ui.LongWork work;
    /** The snapshot the findings shown were computed on (null before the first check). */
    private SchemeSnapshot checked;
    /** Set while a cancelled opening puts the chooser back, so that this does not open the scheme again. */
    private boolean reverting;

    /** A read-only window (no edits). */
    public MainViewModel(SchemeService schemes, ResourceBundle messages, Executor background, Executor ui) {
        this(schemes, null, messages, background, ui);
    }

    public MainViewModel(SchemeService schemes, EditService edits, ResourceBundle messages, Executor background, Executor ui) {
        this.schemes = schemes;
        this.edits = edits;
        this.messages = messages;
        this.background = background;
        this.ui = ui;
        this.work = new vn.vtvlstudio.ui.LongWork(background, ui);
        selectedScheme.addListener((obs, old, now) -> {
            if (!reverting && now != null && (old == null || old.id() != now.id())) {
                openScheme(now.id());
            }
        });
        selectedAgency.addListener((obs, old, now) -> refreshSelection());
        filter.addListener((obs, old, now) -> refreshSelection());
        selectedScheme.addListener((obs, old, now) -> updateTitle());
    }

    /** Lists the schemes and opens the first one. */
    public void load() {
        load(null);
    }

    /** Lists the schemes and opens the one with {@code preferredId} (e.g. one just created), else the first. */
    public void load(Long preferredId) {
        // the list and the chosen scheme's snapshot in one trip to the background: at start-up the snapshot is then
        // read while the window is still building the workspace, not after it
        runInBackground(() -> {
            List<SchemeItem> list = schemes.schemes().stream().map(s -> new SchemeItem(s.id(), s.title(), s.year())).toList();
            SchemeItem chosen = list.stream().filter(i -> preferredId != null && i.id() == preferredId).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0));
            return new Listed(list, chosen, chosen == null ? null : schemes.snapshot(chosen.id()));
        }, listed -> {
            schemeItems.setAll(listed.items());
            if (listed.chosen() != null) {
                preread = listed.snapshot();
                selectedScheme.set(listed.chosen()); // opens it, with the snapshot read above, unless it is open already
                preread = null;
            } else {
                status.set(messages.getString("status.noScheme"));
            }
        });
    }

    /** What {@link #load} found: the schemes, the one to open and its snapshot, read together. */
    private record Listed(List<SchemeItem> items, SchemeItem chosen, SchemeSnapshot snapshot) {
    }

    /** A snapshot {@link #load} has read already for the scheme it is about to select; used once. */
    private SchemeSnapshot preread;

    /** Opens a scheme with the progress bar; a cancel leaves the scheme shown before (and the chooser) as they were. */
    private void openScheme(long schemeId) {
        saveState.set("");
        SchemeSnapshot ready = preread != null && preread.scheme().id() == schemeId ? preread : null;
        preread = null;
        if (ready != null) {
            showOpened(schemeId, ready); // read with the scheme list at start-up: no second trip to the background
            return;
        }
        SchemeItem opening = selectedScheme.get();
        work.run(String.format(messages.getString("work.opening"), opening == null ? "" : opening.title()),
                progress -> schemes.snapshot(schemeId, progress), loaded -> showOpened(schemeId, loaded), e -> {
                    putBack(shownItem());
                    status.set(messages.getString("status.error") + " " + e.getMessage());
                }, () -> {
                    SchemeItem shown = shownItem();
                    putBack(shown);
                    status.set(shown == null ? messages.getString("work.opening.cancelled")
                            : String.format(messages.getString("work.opening.cancelledKept"), shown.title()));
                });
    }

    private void showOpened(long schemeId, SchemeSnapshot loaded) {
        if (edits != null) {
            edits.history().clear();
        }
        // the chooser names the scheme shown, also when another opening was cancelled meanwhile
        putBack(itemOf(schemeId));
        snapshot.set(loaded);
        AgencyTree tree = loaded.agencies();
        AgencyNode root = toNode(tree, tree.get(loaded.scheme().rootAgencyId()));
        gradeChoices.setAll(loaded.grades().values().stream().sorted(Comparator.comparing(Grade::code))
                .map(MainViewModel::gradeText).toList());
        AgencyNode before = selectedAgency.get();
        agencyRoot.set(root);
        selectedAgency.set(root);
        updateHistoryState();
        if (root.equals(before)) {
            refreshSelection(); // otherwise the selection's listener has just done it: once is enough for 5,000 rows
        }
        refreshFindings(loaded, true);
        status.set(String.format(messages.getString("status.opened"), loaded.scheme().title()));
    }

    private SchemeItem itemOf(long schemeId) {
        return schemeItems.stream().filter(i -> i.id() == schemeId).findFirst().orElse(null);
    }

    /** The chooser's item of the scheme on screen, or null before one was opened. */
    private SchemeItem shownItem() {
        return snapshot.get() == null ? null : itemOf(snapshot.get().scheme().id());
    }

    /** The chooser shows {@code item} (the scheme still open, or none), without opening it again. */
    private void putBack(SchemeItem item) {
        reverting = true;
        try {
            selectedScheme.set(item);
        } finally {
            reverting = false;
        }
    }

    private <T> void runInBackground(java.util.function.Supplier<T> job, java.util.function.Consumer<T> publish) {
        busy.set(true);
        background.execute(() -> {
            try {
                T result = job.get();
                ui.execute(() -> {
                    busy.set(false);
                    publish.accept(result);
                });
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    busy.set(false);
                    status.set(messages.getString("status.error") + " " + e.getMessage());
                });
            }
        });
    }

    private static AgencyNode toNode(AgencyTree tree, Agency agency) {
        List<AgencyNode> children = tree.children(agency.id()).stream().map(c -> toNode(tree, c)).toList();
        boolean longName = agency.name().length() > TREE_LABEL_LIMIT && agency.shortName() != null && !agency.shortName().isBlank();
        return new AgencyNode(agency.id(), agency.name(), longName ? agency.shortName() : agency.name(), children);
    }

    /** Recomputes the table and the totals for the selected agency subtree. */
    private void refreshSelection() {
        SchemeSnapshot snap = snapshot.get();
        AgencyNode node = selectedAgency.get();
        if (snap == null || node == null) {
            sections.clear();
            return;
        }
        Set<Long> subtree = snap.agencies().subtreeIds(node.id());
        String needle = filter.get() == null ? "" : filter.get().strip().toLowerCase(Formats.VI);
        List<Position> selected = snap.positions().stream().filter(p -> subtree.contains(p.agencyId()))
                .filter(p -> needle.isEmpty() || matches(snap, p, needle)).toList();
        Totals totals = snap.totalsOf(node.id());

        List<GroupSection> out = new ArrayList<>();
        List<PositionGroup> groups = snap.regime().groups().stream().sorted(Comparator.comparingInt(PositionGroup::ordinal)).toList();
        for (PositionGroup g : groups) {
            List<PositionRow> rows = selected.stream().filter(p -> p.group() == g.kind()).map(p -> row(snap, p)).toList();
            if (rows.isEmpty()) {
                continue;
            }
            Headcount h = totals.headcountIn(g.kind());
            String label = g.roman() + ". " + g.nameVi() + " (" + Formats.integer(rows.size()) + ")";
            out.add(new GroupSection(new PositionRow(true, "", label, "", "", "", h.cbcc(), h.vienChuc(), h.hopDong()), rows));
        }
        sections.setAll(out);

        Headcount h = totals.headcount();
        positionsTotal.set(Formats.integer(totals.positions()));
        cbccTotal.set(Formats.integer(h.cbcc()));
        vienChucTotal.set(Formats.integer(h.vienChuc()));
        hopDongTotal.set(Formats.integer(h.hopDong()));
        bienCheTotal.set(Formats.integer(h.bienChe()));
        int year = snap.scheme().year();
        var cbccQuota = snap.quotaOfSubtree(node.id(), year, StaffCategory.CBCC);
        var vcQuota = snap.quotaOfSubtree(node.id(), year, StaffCategory.VIEN_CHUC);
        if (cbccQuota.isEmpty() && vcQuota.isEmpty()) {
            quotaText.set(String.format(messages.getString("totals.noQuota"), year));
            overQuota.set(false);
        } else {
            int quota = cbccQuota.orElse(0) + vcQuota.orElse(0);
            quotaText.set(String.format(messages.getString("totals.quota"), Formats.integer(quota), year));
            overQuota.set(h.bienChe() > quota);
        }
        selectionTitle.set(node.name());
        afterRefresh.forEach(Runnable::run);
    }

    private static boolean matches(SchemeSnapshot snap, Position p, String needle) {
        OrgUnit unit = snap.unit(p.unitId());
        return p.code().toLowerCase(Formats.VI).contains(needle) || p.name().toLowerCase(Formats.VI).contains(needle)
                || unit != null && unit.name().toLowerCase(Formats.VI).contains(needle)
                || p.gradeCode() != null && p.gradeCode().contains(needle);
    }

    private PositionRow row(SchemeSnapshot snap, Position p) {
        OrgUnit unit = snap.unit(p.unitId());
        String unitName = unit != null ? unit.name() : snap.agencies().get(p.agencyId()).name();
        Grade grade = p.gradeCode() == null ? null : snap.grades().get(p.gradeCode());
        String gradeText = grade == null ? (p.gradeCode() == null ? "" : p.gradeCode()) : gradeText(grade);
        Headcount h = p.effectiveHeadcount();
        return new PositionRow(false, p.code(), p.name(), unitName, gradeText,
                messages.getString("workload." + p.workloadType().name()), h.cbcc(), h.vienChuc(), h.hopDong(), p);
    }

    static String gradeText(Grade g) {
        return g.code() + " " + g.name();
    }

    public StringProperty filterProperty() { return filter; }
    /** Code of the row the table should select after the next refresh (a row just added), or null. */
    public StringProperty focusCodeProperty() { return focusCode; }
    public StringProperty titleProperty() { return title; }
    public StringProperty errorProperty() { return error; }
    public StringProperty errorFieldProperty() { return errorField; }
    public BooleanProperty canUndoProperty() { return canUndo; }
    public BooleanProperty canRedoProperty() { return canRedo; }
    public StringProperty saveStateProperty() { return saveState; }
    public ObservableList<String> gradeChoices() { return gradeChoices; }
    public boolean editable() { return edits != null; }

    /** Called at the end of every refresh of the table (the findings panel hooks in here). */
    public void addRefreshListener(Runnable listener) { afterRefresh.add(listener); }

    public ObservableList<SchemeItem> schemeItems() { return schemeItems; }
    public ObjectProperty<SchemeItem> selectedSchemeProperty() { return selectedScheme; }
    public ObjectProperty<AgencyNode> agencyRootProperty() { return agencyRoot; }
    public ObjectProperty<AgencyNode> selectedAgencyProperty() { return selectedAgency; }
    public ObservableList<GroupSection> sections() { return sections; }
    public ReadOnlyObjectProperty<SchemeSnapshot> snapshotProperty() { return snapshot; }
    public StringProperty positionsTotalProperty() { return positionsTotal; }
    public StringProperty cbccTotalProperty() { return cbccTotal; }
    public StringProperty vienChucTotalProperty() { return vienChucTotal; }
    public StringProperty hopDongTotalProperty() { return hopDongTotal; }
    public StringProperty bienCheTotalProperty() { return bienCheTotal; }
    public StringProperty quotaTextProperty() { return quotaText; }
    public BooleanProperty overQuotaProperty() { return overQuota; }
    public StringProperty selectionTitleProperty() { return selectionTitle; }
    public StringProperty statusProperty() { return status; }
    public BooleanProperty busyProperty() { return busy; }

    // ------------------------------------------------------------------ editing

    /** The label shown for "no unit": the position sits in the agency itself. */
    public String noUnitChoice() {
        return messages.getString("edit.noUnit");
    }

    public void renamePosition(PositionRow row, String name) {
        edit(row, p -> new Position(p.id(), p.schemeId(), p.code(), name, p.group(), p.agencyId(), p.unitId(), p.workloadType(),
                p.leadershipRole(), p.linkedPositionId(), p.gradeCode(), p.stepMin(), p.stepMax(), p.headcount(),
                p.frameworkRef(), p.note(), p.ordinal()));
    }

    public void setCode(PositionRow row, String code) {
        edit(row, p -> new Position(p.id(), p.schemeId(), code, p.name(), p.group(), p.agencyId(), p.unitId(), p.workloadType(),
                p.leadershipRole(), p.linkedPositionId(), p.gradeCode(), p.stepMin(), p.stepMax(), p.headcount(),
                p.frameworkRef(), p.note(), p.ordinal()));
    }

    /** Field name of a staff category as the messages say it ("Số CBCC"). */
    public String headcountField(StaffCategory category) {
        return messages.getString("edit.field." + category.name());
    }

    /** Null when the text is a valid headcount, else the Vietnamese message (for the decoration while typing). */
    public String headcountProblem(StaffCategory category, String text) {
        try {
            EditInputs.count(headcountField(category), text);
            return null;
        } catch (InvalidEditException e) {
            return e.getMessage();
        }
    }

    public void setHeadcount(PositionRow row, StaffCategory category, String text) {
        int amount;
        try {
            amount = EditInputs.count(headcountField(category), text);
        } catch (InvalidEditException e) {
            showError(e);
            return;
        }
        edit(row, p -> p.withHeadcount(p.headcount().with(category, amount)));
    }

    /** Grade chosen as "01.003 Chuyên viên" (or blank for none). */
    public void setGrade(PositionRow row, String choice) {
        String code = choice == null || choice.isBlank() ? null : choice.strip().split(" ", 2)[0];
        edit(row, p -> new Position(p.id(), p.schemeId(), p.code(), p.name(), p.group(), p.agencyId(), p.unitId(), p.workloadType(),
                p.leadershipRole(), p.linkedPositionId(), code, p.stepMin(), p.stepMax(), p.headcount(),
                p.frameworkRef(), p.note(), p.ordinal()));
    }

    /** Units a position of this row can be put in: its agency's units, plus "none". */
    public List<String> unitChoices(PositionRow row) {
        SchemeSnapshot snap = snapshot.get();
        List<String> out = new ArrayList<>();
        out.add(noUnitChoice());
        if (snap != null && row != null && row.position() != null) {
            snap.units().stream().filter(u -> u.agencyId() == row.position().agencyId()).map(OrgUnit::name).forEach(out::add);
        }
        return out;
    }

    public void setUnit(PositionRow row, String choice) {
        SchemeSnapshot snap = snapshot.get();
        Long unitId = snap.units().stream().filter(u -> u.agencyId() == row.position().agencyId() && u.name().equals(choice))
                .map(OrgUnit::id).findFirst().orElse(null);
        edit(row, p -> new Position(p.id(), p.schemeId(), p.code(), p.name(), p.group(), p.agencyId(), unitId, p.workloadType(),
                p.leadershipRole(), p.linkedPositionId(), p.gradeCode(), p.stepMin(), p.stepMax(), p.headcount(),
                p.frameworkRef(), p.note(), p.ordinal()));
    }

    public List<String> workloadChoices() {
        return java.util.Arrays.stream(WorkloadType.values()).map(w -> messages.getString("workload." + w.name())).toList();
    }

    public void setWorkload(PositionRow row, String label) {
        WorkloadType type = java.util.Arrays.stream(WorkloadType.values())
                .filter(w -> messages.getString("workload." + w.name()).equals(label)).findFirst().orElse(null);
        if (type == null) {
            return;
        }
        edit(row, p -> new Position(p.id(), p.schemeId(), p.code(), p.name(), p.group(), p.agencyId(), p.unitId(), type,
                p.leadershipRole(), p.linkedPositionId(), p.gradeCode(), p.stepMin(), p.stepMax(), p.headcount(),
                p.frameworkRef(), p.note(), p.ordinal()));
    }

    /** Adds a blank position to the selected agency, in the group of {@code near} (or the first professional group). */
    public void addBlankPosition(PositionRow near) {
        SchemeSnapshot snap = snapshot.get();
        AgencyNode node = selectedAgency.get();
        if (snap == null || node == null) {
            return;
        }
        GroupKind group = near != null && near.position() != null ? near.position().group()
                : snap.regime().groups().stream().map(PositionGroup::kind).filter(GroupKind::isProfessional).findFirst().orElse(GroupKind.SUPPORT);
        long agencyId = near != null && near.position() != null ? near.position().agencyId() : node.id();
        Long unitId = near != null && near.position() != null ? near.position().unitId() : null;
        long schemeId = snap.scheme().id();
        runEdit(() -> focusCode.set(edits.addBlankPosition(schemeId, agencyId, unitId, group).code()));
    }

    public void duplicate(PositionRow row) {
        if (row != null && row.position() != null) {
            runEdit(() -> focusCode.set(edits.duplicatePosition(row.position().id()).code()));
        }
    }

    public void delete(List<PositionRow> rows) {
        List<Long> ids = rows.stream().filter(r -> r.position() != null).map(r -> r.position().id()).toList();
        if (!ids.isEmpty()) {
            runEdit(() -> ids.forEach(edits::deletePosition));
        }
    }

    /** Unit choices for several rows at once: units of every agency below the selected node, named with their agency. */
    public List<String> bulkUnitChoices() {
        SchemeSnapshot snap = snapshot.get();
        AgencyNode node = selectedAgency.get();
        if (snap == null || node == null) {
            return List.of();
        }
        Set<Long> subtree = snap.agencies().subtreeIds(node.id());
        return snap.units().stream().filter(u -> subtree.contains(u.agencyId())).map(u -> bulkUnitLabel(snap, u)).toList();
    }

    private static String bulkUnitLabel(SchemeSnapshot snap, OrgUnit u) {
        Agency a = snap.agencies().get(u.agencyId());
        return u.name() + " — " + (a.shortName() != null ? a.shortName() : a.name());
    }

    /** Sets unit and/or grade (null or blank leaves it) of the given rows in one undoable step. */
    public void bulkSet(List<PositionRow> rows, String unitChoice, String gradeChoice) {
        SchemeSnapshot snap = snapshot.get();
        List<Long> ids = rows.stream().filter(r -> r.position() != null).map(r -> r.position().id()).toList();
        Long unitId = unitChoice == null || unitChoice.isBlank() ? null : snap.units().stream()
                .filter(u -> bulkUnitLabel(snap, u).equals(unitChoice)).map(OrgUnit::id).findFirst().orElse(null);
        String grade = gradeChoice == null || gradeChoice.isBlank() ? null : gradeChoice.strip().split(" ", 2)[0];
        if (ids.isEmpty() || unitId == null && grade == null) {
            return;
        }
        runEdit(() -> edits.bulkSetUnitAndGrade(ids, unitId, grade));
    }

    public void undo() {
        if (edits != null && edits.history().canUndo()) {
            String label = edits.history().undoLabel().orElse("");
            runEdit(() -> edits.history().undo(), String.format(messages.getString("status.undone"), label));
        }
    }

    public void redo() {
        if (edits != null && edits.history().canRedo()) {
            String label = edits.history().redoLabel().orElse("");
            runEdit(() -> edits.history().redo(), String.format(messages.getString("status.redone"), label));
        }
    }

    /** Re-reads the scheme (after edits made elsewhere, e.g. in another tab). */
    public void reload() {
        runEdit(() -> { }, null);
    }

    private void edit(PositionRow row, java.util.function.UnaryOperator<Position> change) {
        if (row == null || row.position() == null) {
            return;
        }
        Position changed = change.apply(row.position());
        runEdit(() -> edits.updatePosition(changed));
    }

    /** Runs an edit off the UI thread; then re-reads the scheme and refreshes everything shown. */
    public void runEdit(Runnable edit) {
        runEdit(edit, null);
    }

    private void runEdit(Runnable edit, String doneMessage) {
        if (edits == null || snapshot.get() == null) {
            return;
        }
        error.set("");
        errorField.set("");
        long schemeId = snapshot.get().scheme().id();
        busy.set(true);
        background.execute(() -> {
            RuntimeException failure = null;
            try {
                edit.run();
            } catch (RuntimeException e) {
                failure = e;
            }
            RuntimeException failed = failure;
            SchemeSnapshot loaded;
            try {
                loaded = schemes.snapshot(schemeId);
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    busy.set(false);
                    status.set(messages.getString("status.error") + " " + e.getMessage());
                });
                return;
            }
            ui.execute(() -> {
                busy.set(false);
                publish(loaded);
                if (failed != null) {
                    showError(failed);
                } else {
                    String label = edits.history().undoLabel().orElse("");
                    saveState.set(messages.getString("save.saved"));
                    status.set(doneMessage != null ? doneMessage : String.format(messages.getString("status.saved"), label));
                }
                updateTitle();
            });
        });
    }

    private void publish(SchemeSnapshot loaded) {
        snapshot.set(loaded);
        AgencyTree tree = loaded.agencies();
        AgencyNode root = toNode(tree, tree.get(loaded.scheme().rootAgencyId()));
        AgencyNode selected = selectedAgency.get();
        if (!root.equals(agencyRoot.get())) {
            agencyRoot.set(root);
            AgencyNode again = selected == null ? null : find(root, selected.id());
            selectedAgency.set(again != null ? again : root);
        }
        // the grade catalogue may have changed in the reference tab
        List<String> grades = loaded.grades().values().stream().sorted(Comparator.comparing(Grade::code)).map(MainViewModel::gradeText).toList();
        if (!grades.equals(gradeChoices)) {
            gradeChoices.setAll(grades);
        }
        updateHistoryState();
        refreshSelection();
        refreshFindings(loaded, false);
    }

    private vn.vtvlstudio.ui.agencies.AgenciesViewModel agencies;

    /** The agencies-and-quotas tab's state, fed with every snapshot of this window; null when read-only. */
    public vn.vtvlstudio.ui.agencies.AgenciesViewModel agenciesViewModel() {
        if (agencies == null && edits != null) {
            agencies = new vn.vtvlstudio.ui.agencies.AgenciesViewModel(edits, messages, this::runEdit);
            agencies.show(snapshot.get());
            snapshot.addListener((obs, old, now) -> agencies.show(now));
        }
        return agencies;
    }

    private vn.vtvlstudio.ui.dashboard.DashboardViewModel dashboard;
    private vn.vtvlstudio.ui.detail.PositionDetailViewModel detail;
    private final ObjectProperty<PositionRow> selectedRow = new SimpleObjectProperty<>();

    /** The row selected in the positions table (the detail tab shows its position). */
    public ObjectProperty<PositionRow> selectedRowProperty() { return selectedRow; }

    /** The detail tab's state: the selected position as the latest snapshot has it; null when read-only. */
    public vn.vtvlstudio.ui.detail.PositionDetailViewModel detailViewModel() {
        if (detail == null && edits != null) {
            detail = new vn.vtvlstudio.ui.detail.PositionDetailViewModel(edits, messages, this::runEdit);
            Runnable update = () -> {
                SchemeSnapshot snap = snapshot.get();
                PositionRow row = selectedRow.get();
                Position p = snap == null || row == null || row.position() == null ? null
                        : snap.positions().stream().filter(x -> x.code().equals(row.code())).findFirst().orElse(null);
                detail.show(snap, p);
            };
            selectedRow.addListener((obs, old, now) -> update.run());
            snapshot.addListener((obs, old, now) -> update.run());
            update.run();
        }
        return detail;
    }

    /** The dashboard tab's state, fed with every snapshot of this window. */
    public vn.vtvlstudio.ui.dashboard.DashboardViewModel dashboardViewModel() {
        if (dashboard == null) {
            dashboard = new vn.vtvlstudio.ui.dashboard.DashboardViewModel(messages,
                    snap -> checks == null ? java.util.Map.of() : checks.reductionTargets(snap));
            dashboard.show(snapshot.get());
            snapshot.addListener((obs, old, now) -> dashboard.show(now));
        }
        return dashboard;
    }

    private vn.vtvlstudio.service.ReferenceService referenceService;
    private vn.vtvlstudio.ui.reference.ReferenceViewModel reference;

    /** Turns on the reference-data tab (grade catalogue, competency dictionary, the scheme's rule settings). */
    public void setReference(vn.vtvlstudio.service.ReferenceService service) {
        this.referenceService = service;
    }

    /**
     * The reference-data tab's state, fed with every snapshot; its edits run through {@link #runEdit} so that they are
     * undone with Ctrl+Z and the findings and dashboard follow a changed threshold at once. Null when read-only.
     */
    public vn.vtvlstudio.ui.reference.ReferenceViewModel referenceViewModel() {
        if (reference == null && edits != null && referenceService != null) {
            reference = new vn.vtvlstudio.ui.reference.ReferenceViewModel(referenceService, messages, this::runEdit, findings, background, ui);
            reference.show(snapshot.get());
            snapshot.addListener((obs, old, now) -> reference.show(now));
        }
        return reference;
    }

    /** Turns on the live checks: after opening and after every edit the scheme is checked again. */
    public void setChecks(CheckService checks) {
        this.checks = checks;
    }

    public ObservableList<Finding> findings() { return findings; }
    /** The findings as the panel shows them: severity, then rule (scheme-wide rules first), then finding. */
    public ObservableList<FindingSection> findingSections() { return findingSections; }
    public StringProperty findingsSummaryProperty() { return findingsSummary; }

    /** The long work of this window (progress bar, message, cancel). */
    public vn.vtvlstudio.ui.LongWork longWork() { return work; }

    /** Checks the whole scheme again, with the progress bar (F5). */
    public void checkAll() {
        if (snapshot.get() != null) {
            refreshFindings(snapshot.get(), true);
        }
    }

    /**
     * Checks a snapshot. After opening and on request ({@code withProgress}) the check shows in the progress bar and
     * can be cancelled; after an edit it runs quietly (milliseconds on the samples, 160 ms at 100.000 positions).
     */
    private void refreshFindings(SchemeSnapshot snap, boolean withProgress) {
        if (checks == null) {
            return;
        }
        java.util.function.Consumer<List<Finding>> show = found -> {
            if (snapshot.get() != snap) {
                return; // a newer edit is on its way with its own check
            }
            checked = snap;
            findingSections.setAll(sections(found, snap));
            findings.setAll(found);
            long errors = found.stream().filter(f -> f.severity() == Severity.ERROR).count();
            long warnings = found.stream().filter(f -> f.severity() == Severity.WARNING).count();
            long infos = found.stream().filter(f -> f.severity() == Severity.INFO).count();
            findingsSummary.set(found.isEmpty() ? messages.getString("findings.none")
                    : String.format(messages.getString("findings.count"), errors, warnings, infos));
        };
        java.util.function.Consumer<RuntimeException> failed =
                e -> status.set(messages.getString("status.error") + " " + e.getMessage());
        if (withProgress) {
            work.run(messages.getString("work.checking"), progress -> checks.check(snap, progress), show, failed, () -> {
                if (checked != snapshot.get()) {
                    // what is shown belongs to another scheme or an older state: better nothing than wrong findings
                    findings.clear();
                    findingSections.clear();
                    checked = null;
                }
                findingsSummary.set(messages.getString("work.checking.cancelled"));
                status.set(messages.getString("work.checking.cancelled"));
            });
            return;
        }
        background.execute(() -> {
            List<Finding> found;
            try {
                found = checks.check(snap);
            } catch (RuntimeException e) {
                ui.execute(() -> failed.accept(e));
                return;
            }
            ui.execute(() -> show.accept(found));
        });
    }

    private vn.vtvlstudio.ui.workbook.DossierViewModel dossier;

    /** Turns on export of the approval dossier and import from a spreadsheet (File menu). */
    public void setDossier(vn.vtvlstudio.service.DossierService dossiers, vn.vtvlstudio.service.ImportService imports) {
        dossier = new vn.vtvlstudio.ui.workbook.DossierViewModel(new vn.vtvlstudio.ui.workbook.DossierViewModel.Workspace() {
            @Override
            public SchemeSnapshot snapshot() {
                return snapshot.get();
            }

            @Override
            public Long selectedAgencyId() {
                return selectedAgency.get() == null ? null : selectedAgency.get().id();
            }

            @Override
            public java.util.function.Function<vn.vtvlstudio.domain.Progress, List<Finding>> findings() {
                SchemeSnapshot snap = snapshot.get();
                List<Finding> current = List.copyOf(MainViewModel.this.findings);
                SchemeSnapshot currentFor = checked;
                // a check still due runs inside the export: cancellable with it, but not moving its bar back and forth
                return progress -> currentFor == snap || checks == null ? current : checks.check(snap, new vn.vtvlstudio.domain.Progress() {
                    @Override
                    public void worked(long done, long total) {
                    }

                    @Override
                    public boolean cancelled() {
                        return progress.cancelled();
                    }
                });
            }

            @Override
            public void reload(String doneMessage) {
                runEdit(() -> { }, doneMessage);
            }

            @Override
            public StringProperty status() {
                return status;
            }
        }, imports == null ? null : edits, dossiers, imports, messages, work);
    }

    /** The File menu's export and import; null until {@link #setDossier} was called. */
    public vn.vtvlstudio.ui.workbook.DossierViewModel dossierViewModel() {
        return dossier;
    }

    private List<FindingSection> sections(List<Finding> found, SchemeSnapshot snap) {
        long rootId = snap.scheme().rootAgencyId();
        List<String> catalogue = vn.vtvlstudio.rules.RuleCatalog.standard().stream().map(vn.vtvlstudio.rules.Rule::id).toList();
        List<FindingSection> out = new ArrayList<>();
        for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            java.util.Map<String, List<Finding>> byRule = new java.util.LinkedHashMap<>();
            found.stream().filter(f -> f.severity() == severity)
                    .forEach(f -> byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f));
            if (byRule.isEmpty()) {
                continue;
            }
            List<FindingSection.RuleGroup> rules = new ArrayList<>();
            byRule.forEach((ruleId, list) -> {
                // within a rule, what concerns the whole scheme before one agency, a unit, a position
                List<Finding> ordered = list.stream().sorted(Comparator.comparingInt(f -> breadth(f, rootId))).toList();
                String label = ruleName(ruleId) + " (" + Formats.integer(ordered.size()) + ")";
                rules.add(new FindingSection.RuleGroup(severity, ruleId, label, ordered, ordered.size() <= COLLAPSED_ABOVE));
            });
            // the scheme-wide rules (reduction target, quotas) first, then the order of the rule catalogue
            rules.sort(Comparator.comparingInt((FindingSection.RuleGroup r) -> breadth(r.findings().get(0), rootId))
                    .thenComparingInt(r -> catalogue.contains(r.ruleId()) ? catalogue.indexOf(r.ruleId()) : catalogue.size()));
            int count = rules.stream().mapToInt(r -> r.findings().size()).sum();
            out.add(new FindingSection(severity, messages.getString("severity." + severity.name()) + " (" + Formats.integer(count) + ")",
                    List.copyOf(rules)));
        }
        return out;
    }

    /** 0: the scheme as a whole (its root agency), 1: an agency, 2: a unit, 3: a position. */
    private static int breadth(Finding f, long rootId) {
        return switch (f.targetKind()) {
            case "SCHEME" -> 0;
            case "AGENCY" -> f.targetId() == rootId ? 0 : 1;
            case "UNIT" -> 2;
            default -> 3;
        };
    }

    /** What a rule checks, as the findings panel names it; the id when the bundle has no name for it. */
    public String ruleName(String ruleId) {
        String key = "findings.rule." + ruleId;
        return messages.containsKey(key) ? messages.getString(key) : ruleId;
    }

    /**
     * One line of the findings panel: where, then what. The path leaves out the scheme's root agency that every
     * target starts with; a finding about the scheme as a whole is its message alone, so that nothing pushes it
     * out of sight.
     */
    public String findingLine(Finding f) {
        boolean english = "en".equals(messages.getLocale().getLanguage());
        String message = english ? f.messageEn() : f.messageVi();
        String where = placeBelowRoot(f.target());
        return where.isEmpty() ? message : where + "  —  " + message;
    }

    private String placeBelowRoot(String target) {
        SchemeSnapshot snap = snapshot.get();
        if (snap == null || target == null) {
            return target == null ? "" : target;
        }
        String rootName = snap.agencies().get(snap.scheme().rootAgencyId()).name();
        if (target.equals(rootName)) {
            return "";
        }
        return target.startsWith(rootName + " › ") ? target.substring(rootName.length() + 3) : target;
    }

    /** Shows what a finding is about: selects its agency and, for a position, its row. */
    public void goTo(Finding finding) {
        SchemeSnapshot snap = snapshot.get();
        AgencyNode root = agencyRoot.get();
        if (snap == null || root == null || finding == null) {
            return;
        }
        Long agencyId = switch (finding.targetKind()) {
            case "POSITION" -> {
                Position p = snap.position(finding.targetId());
                if (p != null) {
                    focusCode.set(p.code());
                }
                yield p == null ? null : p.agencyId();
            }
            case "AGENCY" -> finding.targetId();
            case "UNIT" -> {
                OrgUnit u = snap.unit(finding.targetId());
                yield u == null ? null : u.agencyId();
            }
            default -> root.id();
        };
        AgencyNode node = agencyId == null ? null : find(root, agencyId);
        if (node == null) {
            return;
        }
        filter.set("");
        if (node.equals(selectedAgency.get())) {
            refreshSelection();
        } else {
            selectedAgency.set(node);
        }
    }

    private static AgencyNode find(AgencyNode node, long id) {
        if (node.id() == id) {
            return node;
        }
        for (AgencyNode c : node.children()) {
            AgencyNode f = find(c, id);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private void showError(RuntimeException e) {
        if (e instanceof InvalidEditException invalid) {
            errorField.set(invalid.field());
            error.set(invalid.getMessage());
            status.set(invalid.getMessage());
        } else {
            error.set(e.getMessage());
            status.set(messages.getString("status.error") + " " + e.getMessage());
        }
    }

    private void updateHistoryState() {
        canUndo.set(edits != null && edits.history().canUndo());
        canRedo.set(edits != null && edits.history().canRedo());
    }

    private void updateTitle() {
        SchemeItem s = selectedScheme.get();
        String t = messages.getString("app.title");
        if (s != null) {
            t += " — " + s.title();
        }
        if (saveState.get() != null && !saveState.get().isEmpty()) {
            t += " — " + saveState.get();
        }
        title.set(t);
    }
}
