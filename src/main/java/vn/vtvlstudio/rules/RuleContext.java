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
    private final Rollups rollups;
    private final LocalDate schemeDate;
    /** Positions changed since the snapshot; a null value marks a deleted one. */
    private final Map<Long, Position> edited = new HashMap<>();
    private final Map<String, Basis> bases = new HashMap<>();
    private Map<String, LegalReference> references;
    private Map<String, Integer> codeCounts;
    private Map<String, Integer> frameworkCounts;
    private Map<Long, Coverage> coverage;
    private Map<Long, List<OrgUnit>> unitsByAgency;

    private RuleContext(SchemeSnapshot snapshot) {
        this.snapshot = snapshot;
        this.rollups = Rollups.of(snapshot);
        this.schemeDate = snapshot.scheme().decisionDate() != null
                ? snapshot.scheme().decisionDate()
                : LocalDate.of(snapshot.scheme().year(), 1, 1);
    }

    public static RuleContext of(SchemeSnapshot snapshot) {
        return new RuleContext(snapshot);
    }

    public SchemeSnapshot snapshot() { return snapshot; }

    public Rollups rollups() { return rollups; }

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
            codeCounts = new HashMap<>();
            for (Position p : currentPositions()) {
                if (p.code() != null) {
                    codeCounts.merge(p.code(), 1, Integer::sum);
                }
            }
        }
        return code == null ? 0 : codeCounts.getOrDefault(code, 0);
    }

    /** How many current positions of the same unit (or agency, without unit) cite this framework reference. */
    public int positionsWithFramework(Position p) {
        if (frameworkCounts == null) {
            frameworkCounts = new HashMap<>();
            for (Position q : currentPositions()) {
                String key = frameworkKey(q);
                if (key != null) {
                    frameworkCounts.merge(key, 1, Integer::sum);
                }
            }
        }
        String key = frameworkKey(p);
        return key == null ? 0 : frameworkCounts.getOrDefault(key, 0);
    }

    static String frameworkKey(Position p) {
        if (p.frameworkRef() == null || p.frameworkRef().isBlank()) {
            return null;
        }
        return p.agencyId() + "/" + p.unitId() + "/" + p.frameworkRef().trim();
    }

    /** Competencies a position requires, counted per group, with the number of levels outside the allowed range. */
    public Coverage coverage(long positionId) {
        if (coverage == null) {
            coverage = buildCoverage();
        }
        return coverage.getOrDefault(positionId, Coverage.NONE);
    }

    private Map<Long, Coverage> buildCoverage() {
        Map<Long, Competency> dictionary = snapshot.competencies();
        Map<Long, Coverage> out = new HashMap<>(snapshot.positions().size() * 2);
        // Requirements usually arrive grouped by position: remember the last one to skip most map look-ups.
        long lastPosition = Long.MIN_VALUE;
        Coverage current = null;
        long lastCompetencyId = Long.MIN_VALUE;
        Competency lastCompetency = null;
        for (CompetencyRequirement r : snapshot.requirements()) {
            if (current == null || r.positionId() != lastPosition) {
                lastPosition = r.positionId();
                current = out.computeIfAbsent(r.positionId(), k -> new Coverage());
            }
            if (r.competencyId() != lastCompetencyId) {
                lastCompetencyId = r.competencyId();
                lastCompetency = dictionary.get(r.competencyId());
            }
            current.add(lastCompetency == null ? null : lastCompetency.group(), r.level());
        }
        return out;
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
        rollups.apply(before, after);
        if (codeCounts != null) {
            if (before != null && before.code() != null) {
                codeCounts.merge(before.code(), -1, Integer::sum);
            }
            if (after != null && after.code() != null) {
                codeCounts.merge(after.code(), 1, Integer::sum);
            }
        }
        if (frameworkCounts != null) {
            String b = before == null ? null : frameworkKey(before);
            String a = after == null ? null : frameworkKey(after);
            if (b != null) {
                frameworkCounts.merge(b, -1, Integer::sum);
            }
            if (a != null) {
                frameworkCounts.merge(a, 1, Integer::sum);
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

    /** Competency requirements of one position counted by group. Mutable only while the index is built. */
    public static final class Coverage {
        static final Coverage NONE = new Coverage();

        private int general;
        private int professional;
        private int management;
        private int unknown;
        private final int[] levels = new int[7];
        private int outOfRange;

        void add(CompetencyGroup group, int level) {
            if (group == null) {
                unknown++;
            } else {
                switch (group) {
                    case GENERAL -> general++;
                    case PROFESSIONAL -> professional++;
                    case MANAGEMENT -> management++;
                }
            }
            if (level >= 0 && level < levels.length) {
                levels[level]++;
            } else {
                outOfRange++;
            }
        }

        public int general() { return general; }
        public int professional() { return professional; }
        public int management() { return management; }
        /** Requirements citing a competency the dictionary does not have. */
        public int unknown() { return unknown; }

        /** Requirements whose level lies outside {@code min..max}. */
        public int levelsOutside(int min, int max) {
            int n = outOfRange;
            for (int l = 0; l < levels.length; l++) {
                if (l < min || l > max) {
                    n += levels[l];
                }
            }
            return n;
        }
    }
}
