package vn.vtvlstudio.persistence;

import static vn.vtvlstudio.persistence.generated.Tables.COMPETENCY;
import static vn.vtvlstudio.persistence.generated.Tables.COMPETENCY_LEVEL;
import static vn.vtvlstudio.persistence.generated.Tables.COMPETENCY_REQUIREMENT;
import static vn.vtvlstudio.persistence.generated.Tables.DEPUTY_LIMIT;
import static vn.vtvlstudio.persistence.generated.Tables.GRADE;
import static vn.vtvlstudio.persistence.generated.Tables.JOB_POSITION;
import static vn.vtvlstudio.persistence.generated.Tables.LEGAL_REFERENCE;
import static vn.vtvlstudio.persistence.generated.Tables.POSITION_GROUP;
import static vn.vtvlstudio.persistence.generated.Tables.REGIME;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import vn.vtvlstudio.domain.Competency;
import vn.vtvlstudio.domain.CompetencyGroup;
import vn.vtvlstudio.domain.DeputyLimit;
import vn.vtvlstudio.domain.Grade;
import vn.vtvlstudio.domain.GradeKind;
import vn.vtvlstudio.domain.GradeTier;
import vn.vtvlstudio.domain.GroupKind;
import vn.vtvlstudio.domain.LegalReference;
import vn.vtvlstudio.domain.PositionGroup;
import vn.vtvlstudio.domain.ReferenceRepository;
import vn.vtvlstudio.domain.Regime;
import vn.vtvlstudio.persistence.generated.tables.records.CompetencyRecord;
import vn.vtvlstudio.persistence.generated.tables.records.GradeRecord;
import vn.vtvlstudio.persistence.generated.tables.records.LegalReferenceRecord;
import vn.vtvlstudio.persistence.generated.tables.records.RegimeRecord;

final class JooqReferenceRepository implements ReferenceRepository {

    private final Supplier<DSLContext> dsl;

    JooqReferenceRepository(Supplier<DSLContext> dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Grade> grades() {
        return dsl.get().selectFrom(GRADE).orderBy(GRADE.CODE).fetch(JooqReferenceRepository::toGrade);
    }

    @Override
    public void saveGrade(Grade g) {
        DSLContext ctx = dsl.get();
        GradeRecord r = ctx.fetchOptional(GRADE, GRADE.CODE.eq(g.code())).orElseGet(() -> ctx.newRecord(GRADE));
        r.setCode(g.code());
        r.setName(g.name());
        r.setTier(g.tier().name());
        r.setSector(g.sector());
        r.setKind(g.kind().name());
        r.setValidFrom(g.validFrom());
        r.setValidTo(g.validTo());
        r.setSource(g.source());
        r.store();
    }

    @Override
    public void deleteGrade(String code) {
        dsl.get().fetchOptional(GRADE, GRADE.CODE.eq(code)).ifPresent(r -> r.delete());
    }

    @Override
    public Map<String, Integer> gradeUseCounts() {
        Map<String, Integer> out = new HashMap<>();
        dsl.get().select(JOB_POSITION.GRADE_CODE, DSL.count()).from(JOB_POSITION)
                .where(JOB_POSITION.GRADE_CODE.isNotNull()).groupBy(JOB_POSITION.GRADE_CODE)
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    @Override
    public List<Competency> competencies() {
        Map<Long, Map<Integer, String>> levels = new HashMap<>();
        dsl.get().selectFrom(COMPETENCY_LEVEL).forEach(l ->
                levels.computeIfAbsent(l.getCompetencyId(), k -> new HashMap<>()).put(l.getLevelNo(), l.getDescriptor()));
        return dsl.get().selectFrom(COMPETENCY).orderBy(COMPETENCY.COMPETENCY_GROUP, COMPETENCY.ID)
                .fetch(r -> toCompetency(r, levels.getOrDefault(r.getId(), Map.of())));
    }

    @Override
    public Competency saveCompetency(Competency c) {
        DSLContext ctx = dsl.get();
        CompetencyRecord r = ctx.fetchOptional(COMPETENCY, COMPETENCY.CODE.eq(c.code())).orElseGet(() -> ctx.newRecord(COMPETENCY));
        fill(r, c);
        r.store();
        storeLevels(ctx, r.getId(), c);
        return c.withId(r.getId());
    }

    @Override
    public Competency insertCompetency(Competency c) {
        DSLContext ctx = dsl.get();
        CompetencyRecord r = ctx.newRecord(COMPETENCY);
        if (c.id() != null) {
            r.setId(c.id());
        }
        fill(r, c);
        r.store();
        storeLevels(ctx, r.getId(), c);
        return c.withId(r.getId());
    }

    @Override
    public void updateCompetency(Competency c) {
        DSLContext ctx = dsl.get();
        CompetencyRecord r = ctx.fetchOptional(COMPETENCY, COMPETENCY.ID.eq(c.id()))
                .orElseThrow(() -> new IllegalStateException("no competency " + c.id()));
        fill(r, c);
        r.store();
        storeLevels(ctx, r.getId(), c);
    }

    @Override
    public void deleteCompetency(long id) {
        // the level descriptors go with it (ON DELETE CASCADE)
        dsl.get().fetchOptional(COMPETENCY, COMPETENCY.ID.eq(id)).ifPresent(r -> r.delete());
    }

    @Override
    public Map<Long, Integer> competencyUseCounts() {
        Map<Long, Integer> out = new HashMap<>();
        dsl.get().select(COMPETENCY_REQUIREMENT.COMPETENCY_ID, DSL.count()).from(COMPETENCY_REQUIREMENT)
                .groupBy(COMPETENCY_REQUIREMENT.COMPETENCY_ID)
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    private static void fill(CompetencyRecord r, Competency c) {
        r.setCode(c.code());
        r.setCompetencyGroup(c.group().name());
        r.setName(c.name());
        r.setDescription(c.description());
        r.setSource(c.source());
    }

    private static void storeLevels(DSLContext ctx, long competencyId, Competency c) {
        ctx.deleteFrom(COMPETENCY_LEVEL).where(COMPETENCY_LEVEL.COMPETENCY_ID.eq(competencyId)).execute();
        for (Map.Entry<Integer, String> e : c.levelDescriptors().entrySet()) {
            ctx.insertInto(COMPETENCY_LEVEL, COMPETENCY_LEVEL.COMPETENCY_ID, COMPETENCY_LEVEL.LEVEL_NO, COMPETENCY_LEVEL.DESCRIPTOR)
                    .values(competencyId, e.getKey(), e.getValue()).execute();
        }
    }

    @Override
    public List<Regime> regimes() {
        Map<String, List<PositionGroup>> groups = groupsByRegime();
        return dsl.get().selectFrom(REGIME).orderBy(REGIME.CODE).fetch(r -> toRegime(r, groups));
    }

    @Override
    public Optional<Regime> regime(String code) {
        Map<String, List<PositionGroup>> groups = groupsByRegime();
        return dsl.get().selectFrom(REGIME).where(REGIME.CODE.eq(code)).fetchOptional(r -> toRegime(r, groups));
    }

    private Map<String, List<PositionGroup>> groupsByRegime() {
        Map<String, List<PositionGroup>> groups = new HashMap<>();
        dsl.get().selectFrom(POSITION_GROUP).orderBy(POSITION_GROUP.REGIME_CODE, POSITION_GROUP.ORDINAL).forEach(g ->
                groups.computeIfAbsent(g.getRegimeCode(), k -> new java.util.ArrayList<>()).add(
                        new PositionGroup(g.getRegimeCode(), GroupKind.valueOf(g.getKind()), g.getOrdinal(), g.getRoman(),
                                g.getNameVi(), g.getNameEn())));
        return groups;
    }

    @Override
    public List<LegalReference> legalReferences() {
        return dsl.get().selectFrom(LEGAL_REFERENCE).orderBy(LEGAL_REFERENCE.ISSUED_ON, LEGAL_REFERENCE.ID)
                .fetch(JooqReferenceRepository::toLegalReference);
    }

    @Override
    public Optional<LegalReference> legalReference(String code) {
        return dsl.get().selectFrom(LEGAL_REFERENCE).where(LEGAL_REFERENCE.CODE.eq(code))
                .fetchOptional(JooqReferenceRepository::toLegalReference);
    }

    @Override
    public LegalReference saveLegalReference(LegalReference l) {
        DSLContext ctx = dsl.get();
        LegalReferenceRecord r = ctx.fetchOptional(LEGAL_REFERENCE, LEGAL_REFERENCE.CODE.eq(l.code()))
                .orElseGet(() -> ctx.newRecord(LEGAL_REFERENCE));
        r.setCode(l.code());
        r.setDocNumber(l.number());
        r.setIssuedOn(l.issuedOn());
        r.setIssuer(l.issuer());
        r.setTitle(l.title());
        r.setEffectiveFrom(l.effectiveFrom());
        r.setEffectiveTo(l.effectiveTo());
        r.setVerified(l.verified());
        r.store();
        return toLegalReference(r);
    }

    @Override
    public List<DeputyLimit> deputyLimits() {
        return dsl.get().selectFrom(DEPUTY_LIMIT).orderBy(DEPUTY_LIMIT.TABLE_CODE, DEPUTY_LIMIT.UNIT_KIND, DEPUTY_LIMIT.MIN_STAFF)
                .fetch(r -> new DeputyLimit(r.getId(), r.getTableCode(), r.getUnitKind(), r.getProvinceType(), r.getMinStaff(),
                        r.getMaxStaff(), r.getMaxDeputies(), r.getLegalRef(), r.getValidFrom(), r.getValidTo(), r.getNote()));
    }

    static Grade toGrade(GradeRecord r) {
        return new Grade(r.getCode(), r.getName(), GradeTier.valueOf(r.getTier()), r.getSector(), GradeKind.valueOf(r.getKind()),
                r.getValidFrom(), r.getValidTo(), r.getSource());
    }

    static LegalReference toLegalReference(LegalReferenceRecord r) {
        return new LegalReference(r.getId(), r.getCode(), r.getDocNumber(), r.getIssuedOn(), r.getIssuer(), r.getTitle(),
                r.getEffectiveFrom(), r.getEffectiveTo(), r.getVerified());
    }

    private static Competency toCompetency(CompetencyRecord r, Map<Integer, String> levels) {
        return new Competency(r.getId(), r.getCode(), CompetencyGroup.valueOf(r.getCompetencyGroup()), r.getName(),
                r.getDescription(), levels, r.getSource());
    }

    private static Regime toRegime(RegimeRecord r, Map<String, List<PositionGroup>> groups) {
        List<String> refs = r.getLegalRefs() == null ? List.of()
                : Arrays.stream(r.getLegalRefs().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new Regime(r.getCode(), r.getNameVi(), r.getNameEn(), r.getAppliesTo(), r.getDescription(), refs,
                r.getEffectiveFrom(), r.getEffectiveTo(), r.getVerified(), groups.getOrDefault(r.getCode(), List.of()));
    }
}
