package vn.vtvlstudio.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.vtvlstudio.domain.Agency;
import vn.vtvlstudio.domain.Competency;
import vn.vtvlstudio.domain.CompetencyGroup;
import vn.vtvlstudio.domain.CompetencyRequirement;
import vn.vtvlstudio.domain.LegalReference;
import vn.vtvlstudio.domain.OrgUnit;
import vn.vtvlstudio.domain.Position;
import vn.vtvlstudio.domain.Rollups;
import vn.vtvlstudio.domain.SchemeSnapshot;

/**
 * What the rules of one check share: the snapshot, its {@link Rollups}, and indexes built once (codes, framework
 * references, competency coverage). The incremental checker edits a context in place; everything else reads it.
 */
public final class RuleContext {

    private final SchemeSnapshot snapshot;
    private Rollups rollups;
    private final LocalDate schemeDate;
    /** Positions changed since the snapshot; a null value marks a deleted one. */
    private final Map<Long, Position> edited = new HashMap<>();
    private final Map<String, Basis> bases = new HashMap<>();
    private Map<String, LegalReference> references;
    private Map<String, Integer> codeCounts;
    /** Framework references counted per unit (key: unit id, or −agency id for positions outside units). */
    private Map<Long, Map<String, Integer>> frameworkCounts;
    /** Competency requirements counted per position, {@link Coverage#SLOTS} ints per index of the snapshot. */
    private int[] coverage;
    private Map<Long, List<OrgUnit>> unitsByAgency;

    private RuleContext(SchemeSnapshot snapshot) {
        this.snapshot = snapshot;
        this.schemeDate = dateOf(snapshot);
    }

    /** The date a scheme is judged on (which settings are in force): its decision date, else 1 January of its year. */
    public static LocalDate dateOf(SchemeSnapshot snapshot) {
        return snapshot.scheme().decisionDate() != null ? snapshot.scheme().decisionDate()
                : LocalDate.of(snapshot.scheme().year(), 1, 1);
    }

    public static RuleContext of(SchemeSnapshot snapshot) {
        return new RuleContext(snapshot);
    }

    public SchemeSnapshot snapshot() { return snapshot; }

    /** The roll-ups of the current positions, built on first use. */
    public synchronized Rollups rollups() {
        if (rollups == null) {
            rollups = Rollups.of(snapshot);
        }
        return rollups;
    }

    /** The date grades and tables must be valid on: the decision date, else 1 January of the scheme year. */
    public LocalDate schemeDate() { return schemeDate; }

    /** The current version of a position (after incremental edits); null when unknown or deleted. */
    public Position position(Long id) {
        if (id == null) {
            return null;
        }
        if (edited.containsKey(id)) {
            return edited.get(id);
        }
        return snapshot.position(id);
    }

    public Agency agency(long id) {
        return snapshot.agencies().get(id);
    }

    /** Readable path of an agency: "Tỉnh ủy › Ban Tổ chức". */
    public String pathOf(long agencyId) {
        return String.join(" › ", snapshot.agencies().pathNames(agencyId));
    }

    public String pathOf(OrgUnit unit) {
        return pathOf(unit.agencyId()) + " › " + unit.name();
    }

    /** How many current positions carry this code. */
    public int positionsWithCode(String code) {
        if (codeCounts == null) {
            buildCodeCounts();
        }
        return code == null ? 0 : codeCounts.getOrDefault(code, 0);
    }

    // The builders are synchronized so that rules may prepare them from several threads; reads after that need
    // no lock because the engine starts the parallel pass only once every preparation has finished.
    private synchronized void buildCodeCounts() {
        if (codeCounts != null) {
            return;
        }
        Map<String, Integer> counts = new HashMap<>(snapshot.positions().size() * 2);
        for (Position p : currentPositions()) {
            if (p.code() != null) {
                counts.merge(p.code(), 1, Integer::sum);
            }
        }
        codeCounts = counts;
    }

    /** How many current positions of the same unit (or agency, without unit) cite this framework reference. */
    public int positionsWithFramework(Position p) {
        if (frameworkCounts == null) {
            buildFrameworkCounts();
        }
        String ref = p == null ? null : frameworkRef(p);
        if (ref == null) {
            return 0;
        }
        Map<String, Integer> inUnit = frameworkCounts.get(frameworkScope(p));
        return inUnit == null ? 0 : inUnit.getOrDefault(ref, 0);
    }

    private synchronized void buildFrameworkCounts() {
        if (frameworkCounts != null) {
            return;
        }
        Map<Long, Map<String, Integer>> counts = new HashMap<>(snapshot.units().size() * 2);
        for (Position q : currentPositions()) {
            countFramework(counts, q, 1);
        }
        frameworkCounts = counts;
    }

    private static void countFramework(Map<Long, Map<String, Integer>> frameworkCounts, Position p, int sign) {
        String ref = frameworkRef(p);
        if (ref != null) {
            frameworkCounts.computeIfAbsent(frameworkScope(p), k -> new HashMap<>(8)).merge(ref, sign, Integer::sum);
        }
    }

    private static long frameworkScope(Position p) {
        return p.unitId() != null ? p.unitId() : -p.agencyId();
    }

    private static String frameworkRef(Position p) {
        return p.frameworkRef() == null || p.frameworkRef().isBlank() ? null : p.frameworkRef().trim();
    }

    /** Identity of "this framework entry in this unit", for the incremental checker's index. */
    static String frameworkKey(Position p) {
        String ref = frameworkRef(p);
        return ref == null ? null : frameworkScope(p) + "/" + ref;
    }

    /** Competencies a position requires, counted per group, with the levels required. */
    public Coverage coverage(long positionId) {
        if (coverage == null) {
            buildCoverage();
        }
        int index = snapshot.indexOf(positionId);
        return index < 0 ? Coverage.NONE : new Coverage(coverage, index * Coverage.SLOTS);
    }

    private synchronized void buildCoverage() {
        if (coverage == null) {
            coverage = countCoverage();
        }
    }

    private int[] countCoverage() {
        int[] counts = new int[snapshot.positions().size() * Coverage.SLOTS];
        CompetencyGroup[] groups = competencyGroups();
        Map<Long, Competency> dictionary = snapshot.competencies();
        // Requirements usually arrive grouped by position: remember the last one to skip most look-ups.
        long lastPosition = Long.MIN_VALUE;
        int base = -1;
        for (CompetencyRequirement r : snapshot.requirements()) {
            if (r.positionId() != lastPosition) {
                lastPosition = r.positionId();
                int index = snapshot.indexOf(r.positionId());
                base = index < 0 ? -1 : index * Coverage.SLOTS;
            }
            if (base < 0) {
                continue;
            }
            long id = r.competencyId();
            CompetencyGroup group;
            if (groups != null) {
                group = id >= 0 && id < groups.length ? groups[(int) id] : null;
            } else {
                Competency c = dictionary.get(id);
                group = c == null ? null : c.group();
            }
            counts[base + (group == null ? Coverage.UNKNOWN : group.ordinal())]++;
            int level = r.level();
            counts[base + (level >= 1 && level <= 5 ? Coverage.LEVEL_1 + level - 1 : Coverage.OTHER_LEVEL)]++;
        }
        return counts;
    }

    /** Competency groups in an array indexed by id when ids are small (the usual case), else null. */
    private CompetencyGroup[] competencyGroups() {
        long max = 0;
        for (Long id : snapshot.competencies().keySet()) {
            if (id < 0) {
                return null;
            }
            max = Math.max(max, id);
        }
        if (max > 1_000_000) {
            return null;
        }
        CompetencyGroup[] groups = new CompetencyGroup[(int) max + 1];
        snapshot.competencies().forEach((id, c) -> groups[id.intValue()] = c.group());
        return groups;
    }

    /** Units of an agency, in their order. */
    public List<OrgUnit> unitsOf(long agencyId) {
        if (unitsByAgency == null) {
            unitsByAgency = snapshot.units().stream().collect(Collectors.groupingBy(OrgUnit::agencyId));
        }
        return unitsByAgency.getOrDefault(agencyId, List.of());
    }

    Basis basis(String legalRef) {
        if (legalRef == null || legalRef.isBlank()) {
            return Basis.NONE;
        }
        if (references == null) {
            references = snapshot.legalReferences().stream()
                    .collect(Collectors.toMap(LegalReference::code, Function.identity(), (a, b) -> a));
        }
        return bases.computeIfAbsent(legalRef, k -> Basis.of(k, references));
    }

    /** Records an edit so that look-ups, counts and roll-ups see {@code after} instead of {@code before}. */
    void edit(Position before, Position after) {
        rollups().apply(before, after);
        if (codeCounts != null) {
            if (before != null && before.code() != null) {
                codeCounts.merge(before.code(), -1, Integer::sum);
            }
            if (after != null && after.code() != null) {
                codeCounts.merge(after.code(), 1, Integer::sum);
            }
        }
        if (frameworkCounts != null) {
            if (before != null) {
                countFramework(frameworkCounts, before, -1);
            }
            if (after != null) {
                countFramework(frameworkCounts, after, 1);
            }
        }
        long id = after != null ? after.id() : before.id();
        edited.put(id, after);
    }

    /** All current positions, edits applied (for a full pass after edits). */
    List<Position> currentPositions() {
        if (edited.isEmpty()) {
            return snapshot.positions();
        }
        List<Position> out = new ArrayList<>(snapshot.positions().size());
        for (Position p : snapshot.positions()) {
            if (!edited.containsKey(p.id())) {
                out.add(p);
            }
        }
        for (Position p : edited.values()) {
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    /** Competency requirements of one position counted by group and level: a view on the context's counts. */
    public static final class Coverage {
        static final int SLOTS = 10;
        static final int UNKNOWN = 3;
        static final int LEVEL_1 = 4;
        static final int OTHER_LEVEL = 9;
        static final Coverage NONE = new Coverage(new int[SLOTS], 0);

        private final int[] counts;
        private final int base;

        private Coverage(int[] counts, int base) {
            this.counts = counts;
            this.base = base;
        }

        public int general() { return counts[base + CompetencyGroup.GENERAL.ordinal()]; }
        public int professional() { return counts[base + CompetencyGroup.PROFESSIONAL.ordinal()]; }
        public int management() { return counts[base + CompetencyGroup.MANAGEMENT.ordinal()]; }
        /** Requirements citing a competency the dictionary does not have. */
        public int unknown() { return counts[base + UNKNOWN]; }

        /** Requirements whose level lies outside {@code min..max}. */
        public int levelsOutside(int min, int max) {
            int n = counts[base + OTHER_LEVEL];
            for (int level = 1; level <= 5; level++) {
                if (level < min || level > max) {
                    n += counts[base + LEVEL_1 + level - 1];
                }
            }
            return n;
        }
    }
}
