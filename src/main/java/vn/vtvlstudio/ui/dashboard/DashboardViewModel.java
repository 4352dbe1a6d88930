package vn.vtvlstudio.ui.dashboard;

import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import vn.vtvlstudio.domain.Grade;
import vn.vtvlstudio.domain.GradeTier;
import vn.vtvlstudio.domain.Headcount;
import vn.vtvlstudio.domain.Position;
import vn.vtvlstudio.domain.PositionGroup;
import vn.vtvlstudio.domain.Reduction;
import vn.vtvlstudio.domain.SchemeSnapshot;
import vn.vtvlstudio.domain.StaffCategory;
import vn.vtvlstudio.domain.Totals;
import vn.vtvlstudio.service.CheckService;
import vn.vtvlstudio.ui.Formats;

/** The scheme at a glance: quotas against the proposal per category, positions per group, grade structure. */
public final class DashboardViewModel {

    private final ResourceBundle messages;
    private final ObservableList<CategoryRow> categories = FXCollections.observableArrayList();
    private final StringProperty groups = new SimpleStringProperty("");
    private final ObservableMap<GradeTier, Integer> gradeStructure = FXCollections.observableMap(new EnumMap<>(GradeTier.class));

    private final Function<SchemeSnapshot, Map<StaffCategory, CheckService.ReductionTarget>> targets;

    /** A dashboard without reduction targets (no checks available). */
    public DashboardViewModel(ResourceBundle messages) {
        this(messages, snap -> Map.of());
    }

    /** @param targets the reduction target per category the scheme is held to (its rule pack and own thresholds) */
    public DashboardViewModel(ResourceBundle messages, Function<SchemeSnapshot, Map<StaffCategory, CheckService.ReductionTarget>> targets) {
        this.messages = messages;
        this.targets = targets;
    }

    public void show(SchemeSnapshot snap) {
        if (snap == null) {
            categories.clear();
            groups.set("");
            gradeStructure.clear();
            return;
        }
        long root = snap.scheme().rootAgencyId();
        int year = snap.scheme().year();
        Optional<Integer> baselineYear = snap.baselineYear();
        Totals totals = snap.totals();
        Map<StaffCategory, CheckService.ReductionTarget> targetOf = targets.apply(snap);
        categories.clear();
        for (StaffCategory c : StaffCategory.values()) {
            int proposed = totals.headcount().get(c);
            Optional<Integer> current = snap.quotaOfSubtree(root, year, c);
            Optional<Integer> baseline = baselineYear.flatMap(y -> snap.quotaOfSubtree(root, y, c));
            if (proposed == 0 && current.isEmpty() && baseline.isEmpty()) {
                continue;
            }
            String rate = "";
            String reduction = "";
            String target = "";
            String verdict = "";
            if (baseline.isPresent() && baseline.get() > 0) {
                Reduction r = new Reduction(baseline.get(), proposed);
                reduction = Formats.integer(r.people());
                rate = percent(r.rate());
                CheckService.ReductionTarget t = targetOf.get(c);
                if (t != null) {
                    target = "≥ " + percent(t.rate());
                    verdict = r.meets(t.rate(), t.rounding()) ? messages.getString("dashboard.target.met")
                            : String.format(messages.getString("dashboard.target.short"),
                                    Formats.integer(r.requiredPeople(t.rate(), t.rounding())),
                                    Formats.integer(r.shortfall(t.rate(), t.rounding())));
                }
            }
            categories.add(new CategoryRow(messages.getString("category." + c.name()),
                    baseline.map(b -> Formats.integer(b) + " (" + baselineYear.get() + ")").orElse("—"),
                    current.map(Formats::integer).orElse("—"), Formats.integer(proposed),
                    current.map(q -> Formats.integer(q - proposed)).orElse("—"), reduction, rate, target, verdict));
        }
        StringBuilder g = new StringBuilder();
        for (PositionGroup group : snap.regime().groups()) {
            g.append(group.roman()).append(". ").append(group.nameVi()).append(": ")
                    .append(Formats.integer(totals.positionsIn(group.kind()))).append('\n');
        }
        g.append(messages.getString("totals.positions")).append(' ').append(Formats.integer(totals.positions()));
        groups.set(g.toString());
        Map<GradeTier, Integer> tiers = new EnumMap<>(GradeTier.class);
        for (Position p : snap.positions()) {
            Grade grade = p.gradeCode() == null ? null : snap.grades().get(p.gradeCode());
            Headcount h = p.effectiveHeadcount();
            if (grade != null && !p.isLeadership() && h.bienChe() > 0) {
                tiers.merge(grade.tier(), h.bienChe(), Integer::sum);
            }
        }
        gradeStructure.clear();
        gradeStructure.putAll(tiers);
    }

    /** 0.0980392 → "9,80 %"; 0.1 → "10 %". */
    private static String percent(java.math.BigDecimal share) {
        java.math.BigDecimal p = share.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
        String text = p.stripTrailingZeros().scale() <= 0 ? p.stripTrailingZeros().toPlainString() : p.toPlainString();
        return text.replace('.', ',') + " %";
    }

    public ObservableList<CategoryRow> categories() { return categories; }
    public StringProperty groupsProperty() { return groups; }
    public ObservableMap<GradeTier, Integer> gradeStructure() { return gradeStructure; }
}
