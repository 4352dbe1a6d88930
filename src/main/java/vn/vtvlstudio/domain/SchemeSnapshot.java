package vn.vtvlstudio.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything known about one scheme at one moment, read in one go: the input of the checks, the dossier and the
 * totals. Immutable.
 */
public final class SchemeSnapshot {

    private final Scheme scheme;
    private final Regime regime;
    private final AgencyTree agencies;
    private final List<OrgUnit> units;
    private final List<Position> positions;
    private final List<Quota> quotas;
    private final Map<Long, JobDescription> descriptions;
    private final List<CompetencyRequirement> requirements;
    private final Map<Long, Competency> competencies;
    private final Map<String, Grade> grades;
    private final List<LegalReference> legalReferences;
    private final List<DeputyLimit> deputyLimits;
    private final Map<Long, OrgUnit> unitsById;
    private final Map<Long, Position> positionsById;
    private final Map<Long, Integer> positionIndex;
    private final Map<Long, List<Quota>> quotasByAgency;

    public SchemeSnapshot(Scheme scheme, Regime regime, Collection<Agency> agencies, List<OrgUnit> units,
                          List<Position> positions, List<Quota> quotas, Collection<JobDescription> descriptions,
                          List<CompetencyRequirement> requirements, Collection<Competency> competencies,
                          Collection<Grade> grades, List<LegalReference> legalReferences,
                          List<DeputyLimit> deputyLimits) {
        this.scheme = scheme;
        this.regime = regime;
        this.agencies = new AgencyTree(agencies);
        this.units = List.copyOf(units);
        this.positions = List.copyOf(positions);
        this.quotas = List.copyOf(quotas);
        // quotaOfSubtree asks every agency of a subtree: a scan of all quotas each time is quadratic on big schemes
        this.quotasByAgency = this.quotas.stream().collect(Collectors.groupingBy(Quota::agencyId));
        this.descriptions = descriptions.stream().collect(Collectors.toUnmodifiableMap(JobDescription::positionId, Function.identity()));
        this.requirements = List.copyOf(requirements);
        this.competencies = competencies.stream().collect(Collectors.toUnmodifiableMap(Competency::id, Function.identity()));
        this.grades = grades.stream().collect(Collectors.toUnmodifiableMap(Grade::code, Function.identity()));
        this.legalReferences = List.copyOf(legalReferences);
        this.deputyLimits = List.copyOf(deputyLimits);
        this.unitsById = new HashMap<>();
        units.forEach(u -> unitsById.put(u.id(), u));
        this.positionsById = new HashMap<>(positions.size() * 2);
        this.positionIndex = new HashMap<>(positions.size() * 2);
        for (int i = 0; i < positions.size(); i++) {
            Position p = positions.get(i);
            positionsById.put(p.id(), p);
            positionIndex.put(p.id(), i);
        }
    }

    public Scheme scheme() { return scheme; }
    public Regime regime() { return regime; }
    public AgencyTree agencies() { return agencies; }
    public List<OrgUnit> units() { return units; }
    public List<Position> positions() { return positions; }
    public List<Quota> quotas() { return quotas; }
    public Map<Long, JobDescription> descriptions() { return descriptions; }
    public List<CompetencyRequirement> requirements() { return requirements; }
    public Map<Long, Competency> competencies() { return competencies; }
    public Map<String, Grade> grades() { return grades; }
    public List<LegalReference> legalReferences() { return legalReferences; }
    public List<DeputyLimit> deputyLimits() { return deputyLimits; }

    public OrgUnit unit(Long id) { return id == null ? null : unitsById.get(id); }
    public Position position(Long id) { return id == null ? null : positionsById.get(id); }
    /** Where a position stands in {@link #positions()}; -1 when it is not in this snapshot. Lets checks keep per-position numbers in arrays. */
    public int indexOf(long positionId) {
        Integer i = positionIndex.get(positionId);
        return i == null ? -1 : i;
    }

    public Optional<JobDescription> description(long positionId) { return Optional.ofNullable(descriptions.get(positionId)); }

    /** Totals of the whole scheme. */
    public Totals totals() {
        return Counting.totals(positions);
    }

    /** Totals of one agency and everything below it. */
    public Totals totalsOf(long agencyId) {
        return Counting.totalsOfSubtree(positions, agencies, agencyId);
    }

    /** Quotas of one agency itself (not its children) for a year and category. */
    public Optional<Quota> quota(long agencyId, int year, StaffCategory category) {
        return quotasByAgency.getOrDefault(agencyId, List.of()).stream().filter(q -> q.year() == year && q.category() == category)
                .findFirst();
    }

    /**
     * Quota of an agency's subtree: its own assigned quota where it has one, else the sum over its children
     * (empty when nobody in the subtree has one).
     */
    public Optional<Integer> quotaOfSubtree(long agencyId, int year, StaffCategory category) {
        Optional<Quota> own = quota(agencyId, year, category);
        if (own.isPresent()) {
            return Optional.of(own.get().amount());
        }
        int sum = 0;
        boolean any = false;
        for (Agency child : agencies.children(agencyId)) {
            Optional<Integer> c = quotaOfSubtree(child.id(), year, category);
            if (c.isPresent()) {
                sum += c.get();
                any = true;
            }
        }
        return any ? Optional.of(sum) : Optional.empty();
    }

    /** The year marked as the reduction baseline in this scheme's quotas, if any. */
    public Optional<Integer> baselineYear() {
        return quotas.stream().filter(Quota::baseline).map(Quota::year).min(Integer::compare);
    }

    /** Readable target path: "Agency › Unit › Position". */
    public String pathOf(Position p) {
        StringBuilder sb = new StringBuilder(String.join(" › ", agencies.pathNames(p.agencyId())));
        OrgUnit u = unit(p.unitId());
        if (u != null) {
            sb.append(" › ").append(u.name());
        }
        return sb.append(" › ").append(p.name()).toString();
    }
}
