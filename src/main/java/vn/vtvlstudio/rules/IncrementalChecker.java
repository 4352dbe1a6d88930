package vn.vtvlstudio.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.vtvlstudio.domain.Agency;
import vn.vtvlstudio.domain.OrgUnit;
import vn.vtvlstudio.domain.Position;
import vn.vtvlstudio.domain.SchemeSnapshot;

/**
 * Keeps the findings of a scheme current while an officer edits positions one at a time. One full check at the
 * start; after that {@link #update} re-runs only what an edit can change: the position rules of the edited position
 * (and of the positions that share its code or framework entry, or that link to it), and the agency and unit rules
 * of the agencies on its path up to the root and of the units of its agency. The roll-ups follow the edit in
 * O(depth). The result is always the same as a full check of the edited scheme (tested).
 *
 * <p>Quotas, units, descriptions and competency requirements are taken from the starting snapshot; when those
 * change, start a new checker. Not thread-safe.
 */
public final class IncrementalChecker {

    private final RuleContext ctx;
    private final List<ScopedRule.Bound> positionRules = new ArrayList<>();
    private final List<ScopedRule.Bound> agencyRules = new ArrayList<>();
    private final List<ScopedRule.Bound> unitRules = new ArrayList<>();
    private final List<Finding> unscoped = new ArrayList<>();
    private final Map<Long, List<Finding>> byPosition = new HashMap<>();
    private final Map<Long, List<Finding>> byAgency = new HashMap<>();
    private final Map<Long, List<Finding>> byUnit = new HashMap<>();
    private final Map<String, Set<Long>> idsByCode = new HashMap<>();
    private final Map<String, Set<Long>> idsByFramework = new HashMap<>();
    private final Map<Long, Set<Long>> leadersByLinked = new HashMap<>();

    public IncrementalChecker(SchemeSnapshot snapshot, RulePack pack, Map<String, Severity> overrides) {
        this.ctx = RuleContext.of(snapshot);
        for (RulePack.Entry e : RuleEngine.effective(pack, overrides, ctx.schemeDate())) {
            if (e.rule() instanceof ScopedRule<?, ?> scoped) {
                ScopedRule.Bound bound = scoped.bind(ctx, e.setting());
                switch (scoped.scope()) {
                    case POSITION -> positionRules.add(bound);
                    case AGENCY -> agencyRules.add(bound);
                    case UNIT -> unitRules.add(bound);
                }
            } else {
                // A rule that cannot say what an edit touches is checked once, on the starting snapshot.
                for (Finding f : e.rule().check(snapshot, e.setting())) {
                    unscoped.add(f.withSeverity(e.setting().severity()));
                }
            }
        }
        for (Position p : snapshot.positions()) {
            index(p, 1);
            recheck(p);
        }
        for (Agency a : snapshot.agencies().all()) {
            recheck(a);
        }
        for (OrgUnit u : snapshot.units()) {
            recheck(u);
        }
    }

    /**
     * Applies one edit and re-checks what it touches. {@code before} null adds a position, {@code after} null
     * deletes one. Returns the findings now standing on the re-checked targets.
     */
    public List<Finding> update(Position before, Position after) {
        if (before == null && after == null) {
            return List.of();
        }
        long id = after != null ? after.id() : before.id();
        Set<Long> positions = new LinkedHashSet<>();
        positions.add(id);
        for (Position p : new Position[] {before, after}) {
            if (p != null) {
                positions.addAll(idsByCode.getOrDefault(p.code(), Set.of()));
                String fw = RuleContext.frameworkKey(p);
                if (fw != null) {
                    positions.addAll(idsByFramework.getOrDefault(fw, Set.of()));
                }
            }
        }
        positions.addAll(leadersByLinked.getOrDefault(id, Set.of()));
        if (before != null) {
            index(before, -1);
        }
        ctx.edit(before, after);
        if (after != null) {
            index(after, 1);
        }

        List<Finding> out = new ArrayList<>();
        for (Long pid : positions) {
            Position p = ctx.position(pid);
            if (p == null) {
                byPosition.remove(pid);
            } else {
                out.addAll(recheck(p));
            }
        }
        Set<Long> agencies = new LinkedHashSet<>();
        Set<Long> touchedAgencies = new HashSet<>();
        for (Position p : new Position[] {before, after}) {
            if (p != null) {
                agencies.addAll(ctx.rollups().pathUp(p.agencyId()));
                touchedAgencies.add(p.agencyId());
            }
        }
        for (Long aid : agencies) {
            Agency a = ctx.agency(aid);
            if (a != null) {
                out.addAll(recheck(a));
            }
        }
        // A unit's rules may compare it with its agency's own numbers, so all units of the agency are re-checked.
        for (Long aid : touchedAgencies) {
            for (OrgUnit u : ctx.unitsOf(aid)) {
                out.addAll(recheck(u));
            }
        }
        out.sort(RuleEngine.ORDER);
        return out;
    }

    /** Every standing finding, in {@link RuleEngine#ORDER}. */
    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>(unscoped);
        byPosition.values().forEach(all::addAll);
        byAgency.values().forEach(all::addAll);
        byUnit.values().forEach(all::addAll);
        all.sort(RuleEngine.ORDER);
        return all;
    }

    /** The roll-ups as they stand after the edits so far. */
    public vn.vtvlstudio.domain.Rollups rollups() {
        return ctx.rollups();
    }

    private List<Finding> recheck(Position p) {
        return store(byPosition, p.id(), positionRules, p);
    }

    private List<Finding> recheck(Agency a) {
        return store(byAgency, a.id(), agencyRules, a);
    }

    private List<Finding> recheck(OrgUnit u) {
        return store(byUnit, u.id(), unitRules, u);
    }

    private static List<Finding> store(Map<Long, List<Finding>> cache, Long id, List<ScopedRule.Bound> rules,
                                       Object target) {
        List<Finding> found = new ArrayList<>(0);
        for (ScopedRule.Bound rule : rules) {
            rule.check(target, found);
        }
        if (found.isEmpty()) {
            cache.remove(id);
        } else {
            cache.put(id, found);
        }
        return found;
    }

    private void index(Position p, int sign) {
        update(idsByCode, p.code(), p.id(), sign);
        update(idsByFramework, RuleContext.frameworkKey(p), p.id(), sign);
        if (p.linkedPositionId() != null) {
            update(leadersByLinked, p.linkedPositionId(), p.id(), sign);
        }
    }

    private static <K> void update(Map<K, Set<Long>> index, K key, Long id, int sign) {
        if (key == null) {
            return;
        }
        if (sign > 0) {
            index.computeIfAbsent(key, k -> new HashSet<>(2)).add(id);
        } else {
            Set<Long> ids = index.get(key);
            if (ids != null) {
                ids.remove(id);
                if (ids.isEmpty()) {
                    index.remove(key);
                }
            }
        }
    }
}
