package vn.vtvlstudio.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.vtvlstudio.domain.RuleOverrideRow;
import vn.vtvlstudio.domain.SchemeSnapshot;

/**
 * Runs a rule pack on a scheme: applies the scheme's severity overrides (OFF drops the rule), builds the shared
 * roll-ups once, and returns every finding sorted by severity, then target. The entry point of the CLI, the UI and
 * the dossier's "Kết quả kiểm tra" sheet.
 */
public final class RuleEngine {

    /** Severity (ERROR first), then target path, rule order, target id and message: a total, stable order. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::severity)
            .thenComparing(Finding::target, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(f -> RuleCatalog.order(f.ruleId()))
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::targetKind)
            .thenComparingLong(Finding::targetId)
            .thenComparing(Finding::messageVi);

    private RuleEngine() {
    }

    /** Checks a scheme against a pack with the scheme's overrides (rule id → severity; may be empty). */
    public static List<Finding> check(SchemeSnapshot snapshot, RulePack pack, Map<String, Severity> overrides) {
        return check(RuleContext.of(snapshot), pack, overrides);
    }

    /** The same on a prepared context (its roll-ups can then be shown beside the findings). */
    public static List<Finding> check(RuleContext ctx, RulePack pack, Map<String, Severity> overrides) {
        List<Finding> out = new ArrayList<>();
        for (RulePack.Entry e : effective(pack, overrides)) {
            if (e.rule() instanceof ScopedRule<?, ?> scoped) {
                ScopedRule.Bound bound = scoped.bind(ctx, e.setting());
                for (Object target : targets(ctx, scoped.scope())) {
                    bound.check(target, out);
                }
            } else {
                for (Finding f : e.rule().check(ctx.snapshot(), e.setting())) {
                    out.add(f.withSeverity(e.setting().severity()));
                }
            }
        }
        out.sort(ORDER);
        return out;
    }

    /** The pack's entries with overridden severities; rules switched OFF (by the pack or the scheme) left out. */
    public static List<RulePack.Entry> effective(RulePack pack, Map<String, Severity> overrides) {
        List<RulePack.Entry> out = new ArrayList<>();
        for (RulePack.Entry e : pack.entries()) {
            Severity severity = overrides.getOrDefault(e.setting().ruleId(), e.setting().severity());
            if (severity == Severity.OFF) {
                continue;
            }
            out.add(new RulePack.Entry(e.rule(), e.setting().withSeverity(severity)));
        }
        return out;
    }

    /** Stored override rows as the map {@link #check} takes. */
    public static Map<String, Severity> overrides(Collection<RuleOverrideRow> rows) {
        Map<String, Severity> out = new HashMap<>();
        for (RuleOverrideRow row : rows) {
            out.put(row.ruleId(), Severity.valueOf(row.severity().trim()));
        }
        return out;
    }

    /** The targets of a scope in a context: current positions, all agencies, all units. */
    static Collection<?> targets(RuleContext ctx, Scope scope) {
        return switch (scope) {
            case POSITION -> ctx.currentPositions();
            case AGENCY -> ctx.snapshot().agencies().all();
            case UNIT -> ctx.snapshot().units();
        };
    }
}
