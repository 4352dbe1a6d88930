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
import vn.vtvlstudio.service.SchemeService;
import vn.vtvlstudio.ui.Formats;

/**
 * State of the main window: the scheme chooser, the agency tree, the positions of the selected node grouped by
 * position group, and the totals that are always visible. Knows no View; loads off the UI thread through
 * {@code background} and publishes through {@code ui} (both synchronous in tests).
 */
public final class MainViewModel {

    /** Longer names are shown by their short name in the tree; district groupings differ only at the end. */
    static final int TREE_LABEL_LIMIT = 40;

    private final SchemeService schemes;
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

    public MainViewModel(SchemeService schemes, ResourceBundle messages, Executor background, Executor ui) {
        this.schemes = schemes;
        this.messages = messages;
        this.background = background;
        this.ui = ui;
        selectedScheme.addListener((obs, old, now) -> {
            if (now != null && (old == null || old.id() != now.id())) {
                openScheme(now.id());
            }
        });
        selectedAgency.addListener((obs, old, now) -> refreshSelection());
    }

    /** Lists the schemes and opens the first one. */
    public void load() {
        runInBackground(schemes::schemes, list -> {
            schemeItems.setAll(list.stream().map(s -> new SchemeItem(s.id(), s.title(), s.year())).toList());
            if (!schemeItems.isEmpty()) {
                selectedScheme.set(schemeItems.get(0));
            } else {
                status.set(messages.getString("status.noScheme"));
            }
        });
    }

    private void openScheme(long schemeId) {
        runInBackground(() -> schemes.snapshot(schemeId), loaded -> {
            snapshot.set(loaded);
            AgencyTree tree = loaded.agencies();
            AgencyNode root = toNode(tree, tree.get(loaded.scheme().rootAgencyId()));
            agencyRoot.set(root);
            selectedAgency.set(root);
            refreshSelection();
            status.set(String.format(messages.getString("status.opened"), loaded.scheme().title()));
        });
    }

    private <T> void runInBackground(java.util.function.Supplier<T> work, java.util.function.Consumer<T> publish) {
        busy.set(true);
        background.execute(() -> {
            try {
                T result = work.get();
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
        List<Position> selected = snap.positions().stream().filter(p -> subtree.contains(p.agencyId())).toList();
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
    }

    private PositionRow row(SchemeSnapshot snap, Position p) {
        OrgUnit unit = snap.unit(p.unitId());
        String unitName = unit != null ? unit.name() : snap.agencies().get(p.agencyId()).name();
        Grade grade = p.gradeCode() == null ? null : snap.grades().get(p.gradeCode());
        String gradeText = grade == null ? (p.gradeCode() == null ? "" : p.gradeCode()) : grade.name();
        Headcount h = p.effectiveHeadcount();
        return new PositionRow(false, p.code(), p.name(), unitName, gradeText,
                messages.getString("workload." + p.workloadType().name()), h.cbcc(), h.vienChuc(), h.hopDong());
    }

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
}
