package vn.vtvlstudio.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Roll-ups of one scheme, counted as DOMAIN.md §4 defines: per unit, per agency (its own positions and its whole
 * subtree), per bloc and for the scheme; positions per group, headcount per category, biên chế against quota and
 * baseline, grade structure per tier, deputies. The checks, the dashboard and the dossier all read these numbers.
 *
 * <p>Built once from a snapshot in O(positions); {@link #apply(Position, Position)} then follows a single edit in
 * O(depth of the agency tree), which is what makes incremental re-checking cheap. Quotas do not change through
 * {@code apply}.
 */
public final class Rollups {

    private static final Tally EMPTY = new Tally();

    private final SchemeSnapshot snapshot;
    private final int year;
    private final Integer baselineYear;
    private final Map<Long, Tally> own = new HashMap<>();
    private final Map<Long, Tally> subtree = new HashMap<>();
    private final Map<Long, Tally> units = new HashMap<>();
    private final Map<Bloc, Tally> blocs = new EnumMap<>(Bloc.class);
    private final Tally scheme = new Tally();
    private final Map<Long, Quota[]> quotas = new HashMap<>();
    private final Map<Long, Quota[]> baselines = new HashMap<>();

    private Rollups(SchemeSnapshot snapshot) {
        this.snapshot = snapshot;
        this.year = snapshot.scheme().year();
        this.baselineYear = snapshot.baselineYear().orElse(null);
        for (Quota q : snapshot.quotas()) {
            if (q.year() == year) {
                quotas.computeIfAbsent(q.agencyId(), k -> new Quota[StaffCategory.values().length])[q.category().ordinal()] = q;
            }
            if (baselineYear != null && q.year() == baselineYear && q.baseline()) {
                baselines.computeIfAbsent(q.agencyId(), k -> new Quota[StaffCategory.values().length])[q.category().ordinal()] = q;
            }
        }
        Map<String, Grade> grades = snapshot.grades();
        // Positions usually come grouped by agency and unit: remember the last tallies to skip most look-ups.
        long lastAgency = Long.MIN_VALUE;
        Tally agencyTally = null;
        Long lastUnit = null;
        Tally unitTally = null;
        for (Position p : snapshot.positions()) {
            Grade g = p.gradeCode() == null ? null : grades.get(p.gradeCode());
            if (agencyTally == null || p.agencyId() != lastAgency) {
                lastAgency = p.agencyId();
                agencyTally = own.computeIfAbsent(p.agencyId(), k -> new Tally());
            }
            agencyTally.apply(p, g, 1);
            if (p.unitId() != null) {
                if (unitTally == null || !p.unitId().equals(lastUnit)) {
                    lastUnit = p.unitId();
                    unitTally = units.computeIfAbsent(p.unitId(), k -> new Tally());
                }
                unitTally.apply(p, g, 1);
            }
        }
        // Each agency's own numbers go into its bloc, the scheme, and the subtree tallies of it and its ancestors.
        for (Map.Entry<Long, Tally> e : own.entrySet()) {
            Bloc b = blocOf(e.getKey());
            if (b != null) {
                blocs.computeIfAbsent(b, k -> new Tally()).addAll(e.getValue());
            }
            scheme.addAll(e.getValue());
            for (Long id : pathUp(e.getKey())) {
                subtree.computeIfAbsent(id, k -> new Tally()).addAll(e.getValue());
            }
        }
    }

    public static Rollups of(SchemeSnapshot snapshot) {
        return new Rollups(snapshot);
    }

    /**
     * Follows one edit: {@code before} leaves the counts, {@code after} enters them. Either may be null (a position
     * added or deleted).
     */
    public void apply(Position before, Position after) {
        if (before != null) {
            applyOne(before, -1);
        }
        if (after != null) {
            applyOne(after, 1);
        }
    }

    private void applyOne(Position p, int sign) {
        Grade g = p.gradeCode() == null ? null : snapshot.grades().get(p.gradeCode());
        own.computeIfAbsent(p.agencyId(), k -> new Tally()).apply(p, g, sign);
        for (Long id : pathUp(p.agencyId())) {
            subtree.computeIfAbsent(id, k -> new Tally()).apply(p, g, sign);
        }
        if (p.unitId() != null) {
            units.computeIfAbsent(p.unitId(), k -> new Tally()).apply(p, g, sign);
        }
        Bloc b = blocOf(p.agencyId());
        if (b != null) {
            blocs.computeIfAbsent(b, k -> new Tally()).apply(p, g, sign);
        }
        scheme.apply(p, g, sign);
    }

    /** The agency itself, then its parent, up to the root. */
    public List<Long> pathUp(long agencyId) {
        List<Long> ids = new ArrayList<>(4);
        Agency a = snapshot.agencies().get(agencyId);
        if (a == null) {
            ids.add(agencyId);
            return ids;
        }
        while (a != null && !ids.contains(a.id())) {
            ids.add(a.id());
            a = a.parentId() == null ? null : snapshot.agencies().get(a.parentId());
        }
        return ids;
    }

    private Bloc blocOf(long agencyId) {
        Agency a = snapshot.agencies().get(agencyId);
        return a == null ? null : a.bloc();
    }

    public SchemeSnapshot snapshot() { return snapshot; }

    /** The year whose quotas the proposal is compared with (the scheme's year). */
    public int year() { return year; }

    public Optional<Integer> baselineYear() { return Optional.ofNullable(baselineYear); }

    /** Positions of the agency itself, not of its children. */
    public Tally ownOf(long agencyId) { return own.getOrDefault(agencyId, EMPTY); }

    /** Positions of the agency and everything below it. */
    public Tally agency(long agencyId) { return subtree.getOrDefault(agencyId, EMPTY); }

    public Tally unit(long unitId) { return units.getOrDefault(unitId, EMPTY); }

    public Tally bloc(Bloc bloc) { return blocs.getOrDefault(bloc, EMPTY); }

    public Tally scheme() { return scheme; }

    /** The agency's own quota for the scheme year. */
    public Optional<Quota> quota(long agencyId, StaffCategory category) {
        Quota[] q = quotas.get(agencyId);
        return Optional.ofNullable(q == null ? null : q[category.ordinal()]);
    }

    /** The agency's own quota in the baseline year. */
    public Optional<Quota> baselineQuota(long agencyId, StaffCategory category) {
        Quota[] q = baselines.get(agencyId);
        return Optional.ofNullable(q == null ? null : q[category.ordinal()]);
    }

    /** Baseline of an agency's subtree: its own baseline quota where assigned, else the sum over its children's. */
    public Optional<Integer> baselineOfSubtree(long agencyId, StaffCategory category) {
        return ownElseChildren(agencyId, id -> baselineQuota(id, category));
    }

    /** Own quota where assigned, else the sum over the children's; empty when nobody below has one. */
    public Optional<Integer> quotaOfSubtree(long agencyId, StaffCategory category) {
        return ownElseChildren(agencyId, id -> quota(id, category));
    }

    /** Σ of the children's (subtree) quotas; empty when no child has one. Compared with the parent's own quota. */
    public Optional<Integer> childrenQuota(long agencyId, StaffCategory category) {
        return sumOverChildren(agencyId, id -> quota(id, category));
    }

    /** The agency's own amount where it has one, else the sum over its children's subtrees. */
    private Optional<Integer> ownElseChildren(long agencyId, java.util.function.LongFunction<Optional<Quota>> own) {
        Optional<Quota> q = own.apply(agencyId);
        return q.isPresent() ? Optional.of(q.get().amount()) : sumOverChildren(agencyId, own);
    }

    private Optional<Integer> sumOverChildren(long agencyId, java.util.function.LongFunction<Optional<Quota>> own) {
        int sum = 0;
        boolean any = false;
        for (Agency child : snapshot.agencies().children(agencyId)) {
            Optional<Integer> c = ownElseChildren(child.id(), own);
            if (c.isPresent()) {
                sum += c.get();
                any = true;
            }
        }
        return any ? Optional.of(sum) : Optional.empty();
    }

    /** One line of the "Tổng hợp biên chế" sheet: baseline, quota, proposal and reduction for an agency's subtree. */
    public QuotaLine quotaLine(long agencyId, StaffCategory category) {
        Integer baseline = baselineQuota(agencyId, category).map(Quota::amount).orElse(null);
        Integer quota = quotaOfSubtree(agencyId, category).orElse(null);
        int proposed = agency(agencyId).headcount(category);
        return new QuotaLine(agencyId, category, baseline, quota, proposed, agency(agencyId).positions());
    }

    /** Grade structure of a tally for one category (leaders excluded from counts and denominator). */
    public static GradeStructure gradeStructure(Tally tally, StaffCategory category) {
        Map<GradeTier, Integer> counts = new EnumMap<>(GradeTier.class);
        for (GradeTier t : GradeTier.values()) {
            int n = tally.inTier(category, t);
            if (n != 0) {
                counts.put(t, n);
            }
        }
        return new GradeStructure(category, counts, tally.gradeStructureTotal(category));
    }

    /**
     * Biên chế of an agency's subtree against its quotas.
     *
     * @param baseline quota of the baseline year, null when none
     * @param quota    quota of the scheme year (own or Σ children), null when none
     */
    public record QuotaLine(long agencyId, StaffCategory category, Integer baseline, Integer quota, int proposed,
                            int positions) {

        /** quota − proposed; negative when the proposal exceeds it; null without a quota. */
        public Integer headroom() {
            return quota == null ? null : quota - proposed;
        }

        public Optional<Reduction> reduction() {
            return baseline == null ? Optional.empty() : Optional.of(Counting.reduction(baseline, proposed));
        }
    }

    /** People per grade tier and their share of {@code total}. */
    public record GradeStructure(StaffCategory category, Map<GradeTier, Integer> counts, int total) {

        public GradeStructure {
            counts = Map.copyOf(counts);
        }

        public int count(GradeTier tier) {
            return counts.getOrDefault(tier, 0);
        }

        public BigDecimal share(GradeTier tier) {
            return Counting.share(count(tier), total);
        }
    }
}
