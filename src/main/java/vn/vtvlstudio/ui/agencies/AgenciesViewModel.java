package vn.vtvlstudio.ui.agencies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.vtvlstudio.domain.Agency;
import vn.vtvlstudio.domain.AgencyTree;
import vn.vtvlstudio.domain.OrgUnit;
import vn.vtvlstudio.domain.OrgUnitKind;
import vn.vtvlstudio.domain.Quota;
import vn.vtvlstudio.domain.SchemeSnapshot;
import vn.vtvlstudio.domain.StaffCategory;
import vn.vtvlstudio.service.EditInputs;
import vn.vtvlstudio.service.EditService;
import vn.vtvlstudio.service.InvalidEditException;
import vn.vtvlstudio.ui.Formats;

/**
 * Agencies, their units and their quotas. Reads the scheme snapshot the main window holds; every edit goes through
 * {@link EditService} via {@code runEdit}, which saves, records undo and refreshes the whole window (totals, checks).
 */
public final class AgenciesViewModel {

    private final EditService edits;
    private final ResourceBundle messages;
    private final Consumer<Runnable> runEdit;

    private final ObjectProperty<OrgNode> root = new SimpleObjectProperty<>();
    private final ObjectProperty<OrgNode> selected = new SimpleObjectProperty<>();
    private final ObservableList<QuotaRow> quotas = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty("");
    private SchemeSnapshot snapshot;

    public AgenciesViewModel(EditService edits, ResourceBundle messages, Consumer<Runnable> runEdit) {
        this.edits = edits;
        this.messages = messages;
        this.runEdit = runEdit;
        selected.addListener((obs, old, now) -> refreshQuotas());
    }

    /** Called with every new snapshot of the scheme. */
    public void show(SchemeSnapshot snap) {
        this.snapshot = snap;
        if (snap == null) {
            root.set(null);
            quotas.clear();
            return;
        }
        AgencyTree tree = snap.agencies();
        OrgNode newRoot = node(snap, tree, tree.get(snap.scheme().rootAgencyId()));
        if (!newRoot.equals(root.get())) {
            root.set(newRoot);
        }
        OrgNode sel = selected.get();
        OrgNode again = sel == null ? null : find(newRoot, sel.unit(), sel.id());
        selected.set(again != null ? again : newRoot);
        refreshQuotas();
    }

    private static OrgNode node(SchemeSnapshot snap, AgencyTree tree, Agency a) {
        List<OrgNode> children = new ArrayList<>();
        snap.units().stream().filter(u -> u.agencyId() == a.id()).sorted(Comparator.comparingInt(OrgUnit::ordinal))
                .forEach(u -> children.add(new OrgNode(true, u.id(), a.id(), u.name(), List.of())));
        tree.children(a.id()).forEach(c -> children.add(node(snap, tree, c)));
        return new OrgNode(false, a.id(), a.id(), a.name(), children);
    }

    public static OrgNode find(OrgNode node, boolean unit, long id) {
        if (node.unit() == unit && node.id() == id) {
            return node;
        }
        for (OrgNode c : node.children()) {
            OrgNode f = find(c, unit, id);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private void refreshQuotas() {
        OrgNode sel = selected.get();
        if (snapshot == null || sel == null) {
            quotas.clear();
            return;
        }
        quotas.setAll(snapshot.quotas().stream().filter(q -> q.agencyId() == sel.agencyId())
                .sorted(Comparator.comparingInt(Quota::year).thenComparing(Quota::category))
                .map(q -> new QuotaRow(q.year(), categoryLabel(q.category()), q.amount(), q.decisionNo(), Formats.date(q.decisionDate()),
                        q.issuer(), q.baseline(), q))
                .toList());
    }

    public String categoryLabel(StaffCategory c) {
        return messages.getString("category." + c.name());
    }

    public List<String> categoryChoices() {
        return java.util.Arrays.stream(StaffCategory.values()).map(this::categoryLabel).toList();
    }

    // ------------------------------------------------------------------ edits

    public void addAgency(String name) {
        OrgNode sel = selected.get();
        if (sel != null) {
            long parent = sel.agencyId();
            edit(() -> edits.addAgency(parent, name));
        }
    }

    public void addUnit(String name) {
        OrgNode sel = selected.get();
        if (sel != null) {
            long agency = sel.agencyId();
            edit(() -> edits.addUnit(agency, name, OrgUnitKind.PHONG));
        }
    }

    public void rename(String name) {
        OrgNode sel = selected.get();
        if (sel != null) {
            edit(() -> {
                if (sel.unit()) {
                    edits.renameUnit(sel.id(), name);
                } else {
                    edits.renameAgency(sel.id(), name);
                }
            });
        }
    }

    /** Agencies the selected node can be moved into, by name (itself and its subtree left out for an agency). */
    public List<OrgNode> moveTargets() {
        OrgNode sel = selected.get();
        List<OrgNode> out = new ArrayList<>();
        if (snapshot == null || sel == null || root.get() == null) {
            return out;
        }
        collectAgencies(root.get(), sel, out);
        return out;
    }

    private static void collectAgencies(OrgNode node, OrgNode moving, List<OrgNode> out) {
        if (node.unit() || !moving.unit() && node.id() == moving.id()) {
            return;
        }
        if (!(moving.unit() && node.id() == moving.agencyId())) {
            out.add(node);
        }
        node.children().forEach(c -> collectAgencies(c, moving, out));
    }

    public void moveTo(OrgNode target) {
        OrgNode sel = selected.get();
        if (sel != null && target != null) {
            edit(() -> {
                if (sel.unit()) {
                    edits.moveUnit(sel.id(), target.id());
                } else {
                    edits.moveAgency(sel.id(), target.id());
                }
            });
        }
    }

    public void delete() {
        OrgNode sel = selected.get();
        if (sel != null) {
            edit(() -> {
                if (sel.unit()) {
                    edits.deleteUnit(sel.id());
                } else {
                    edits.deleteAgency(sel.id());
                }
            });
        }
    }

    /** Sets a quota of the selected node's agency from what was typed; a bad field is reported, nothing is saved. */
    public boolean saveQuota(String year, String category, String amount, String decisionNo, String date, String issuer, boolean baseline) {
        OrgNode sel = selected.get();
        if (sel == null) {
            return false;
        }
        try {
            int y = EditInputs.year(messages.getString("quota.year"), year);
            StaffCategory c = java.util.Arrays.stream(StaffCategory.values()).filter(x -> categoryLabel(x).equals(category)).findFirst()
                    .orElseThrow(() -> new InvalidEditException(messages.getString("quota.category"), "Chưa chọn loại biên chế."));
            int a = EditInputs.count(messages.getString("quota.amount"), amount);
            var d = EditInputs.date(messages.getString("quota.date"), date);
            Quota q = new Quota(null, sel.agencyId(), y, c, a, decisionNo, d, issuer, baseline);
            error.set("");
            edit(() -> edits.setQuota(q));
            return true;
        } catch (InvalidEditException e) {
            error.set(e.getMessage());
            return false;
        }
    }

    public void deleteQuota(QuotaRow row) {
        if (row != null) {
            edit(() -> edits.deleteQuota(row.quota().id()));
        }
    }

    private void edit(Runnable work) {
        error.set("");
        runEdit.accept(work);
    }

    public ObjectProperty<OrgNode> rootProperty() { return root; }
    public ObjectProperty<OrgNode> selectedProperty() { return selected; }
    public ObservableList<QuotaRow> quotas() { return quotas; }
    public StringProperty errorProperty() { return error; }
}
