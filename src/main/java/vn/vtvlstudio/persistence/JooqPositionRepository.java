package vn.vtvlstudio.persistence;

import static vn.vtvlstudio.persistence.generated.Tables.COMPETENCY_REQUIREMENT;
import static vn.vtvlstudio.persistence.generated.Tables.JOB_DESCRIPTION;
import static vn.vtvlstudio.persistence.generated.Tables.JOB_POSITION;
import static vn.vtvlstudio.persistence.generated.Tables.JOB_TASK;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import vn.vtvlstudio.domain.CompetencyRequirement;
import vn.vtvlstudio.domain.GroupKind;
import vn.vtvlstudio.domain.Headcount;
import vn.vtvlstudio.domain.JobDescription;
import vn.vtvlstudio.domain.JobTask;
import vn.vtvlstudio.domain.LeadershipRole;
import vn.vtvlstudio.domain.Position;
import vn.vtvlstudio.domain.PositionRepository;
import vn.vtvlstudio.domain.Requirements;
import vn.vtvlstudio.domain.WorkloadType;
import vn.vtvlstudio.persistence.generated.tables.records.JobDescriptionRecord;
import vn.vtvlstudio.persistence.generated.tables.records.JobPositionRecord;

final class JooqPositionRepository implements PositionRepository {

    private final Supplier<DSLContext> dsl;

    JooqPositionRepository(Supplier<DSLContext> dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Position> findByScheme(long schemeId) {
        return dsl.get().selectFrom(JOB_POSITION).where(JOB_POSITION.SCHEME_ID.eq(schemeId))
                .orderBy(JOB_POSITION.ORDINAL, JOB_POSITION.ID).fetch(JooqPositionRepository::toPosition);
    }

    @Override
    public Optional<Position> find(long id) {
        return dsl.get().selectFrom(JOB_POSITION).where(JOB_POSITION.ID.eq(id)).fetchOptional(JooqPositionRepository::toPosition);
    }

    @Override
    public Position insert(Position position) {
        JobPositionRecord r = dsl.get().newRecord(JOB_POSITION);
        fill(r, position);
        r.store();
        return position.withId(r.getId());
    }

    @Override
    public void update(Position position) {
        JobPositionRecord r = dsl.get().fetchSingle(JOB_POSITION, JOB_POSITION.ID.eq(position.id()));
        fill(r, position);
        r.store();
    }

    @Override
    public void delete(long id) {
        dsl.get().fetchOptional(JOB_POSITION, JOB_POSITION.ID.eq(id)).ifPresent(r -> r.delete());
    }

    @Override
    public int countByScheme(long schemeId) {
        return dsl.get().fetchCount(JOB_POSITION, JOB_POSITION.SCHEME_ID.eq(schemeId));
    }

    @Override
    public List<JobDescription> descriptionsOf(long schemeId) {
        Map<Long, List<JobTask>> tasks = new HashMap<>();
        dsl.get().select(JOB_TASK.fields()).from(JOB_TASK)
                .join(JOB_POSITION).on(JOB_POSITION.ID.eq(JOB_TASK.POSITION_ID))
                .where(JOB_POSITION.SCHEME_ID.eq(schemeId))
                .orderBy(JOB_TASK.POSITION_ID, JOB_TASK.ORDINAL, JOB_TASK.ID)
                .forEach(rec -> {
                    var t = rec.into(JOB_TASK);
                    tasks.computeIfAbsent(t.getPositionId(), k -> new ArrayList<>()).add(toTask(t));
                });
        return dsl.get().select(JOB_DESCRIPTION.fields()).from(JOB_DESCRIPTION)
                .join(JOB_POSITION).on(JOB_POSITION.ID.eq(JOB_DESCRIPTION.POSITION_ID))
                .where(JOB_POSITION.SCHEME_ID.eq(schemeId))
                .fetch(rec -> {
                    JobDescriptionRecord d = rec.into(JOB_DESCRIPTION);
                    return toDescription(d, tasks.getOrDefault(d.getPositionId(), List.of()));
                });
    }

    @Override
    public Optional<JobDescription> findDescription(long positionId) {
        List<JobTask> tasks = dsl.get().selectFrom(JOB_TASK).where(JOB_TASK.POSITION_ID.eq(positionId))
                .orderBy(JOB_TASK.ORDINAL, JOB_TASK.ID).fetch(JooqPositionRepository::toTask);
        return dsl.get().selectFrom(JOB_DESCRIPTION).where(JOB_DESCRIPTION.POSITION_ID.eq(positionId))
                .fetchOptional(d -> toDescription(d, tasks));
    }

    @Override
    public void saveDescription(JobDescription d) {
        DSLContext ctx = dsl.get();
        // Updated in place, so the audit log shows each changed section old -> new.
        JobDescriptionRecord r = ctx.fetchOptional(JOB_DESCRIPTION, JOB_DESCRIPTION.POSITION_ID.eq(d.positionId()))
                .orElseGet(() -> {
                    JobDescriptionRecord fresh = ctx.newRecord(JOB_DESCRIPTION);
                    fresh.setPositionId(d.positionId());
                    return fresh;
                });
        r.setObjective(d.objective());
        r.setRelationsInternal(d.relationsInternal());
        r.setRelationsExternal(d.relationsExternal());
        r.setAuthority(d.authority());
        r.setConditions(d.conditions());
        Requirements q = d.requirements();
        r.setReqTraining(q.training());
        r.setReqCertificates(q.certificates());
        r.setReqExperience(q.experience());
        r.setReqQualities(q.qualities());
        r.setReqItLanguages(q.itAndLanguages());
        r.store();

        List<JobTask> before = ctx.selectFrom(JOB_TASK).where(JOB_TASK.POSITION_ID.eq(d.positionId()))
                .orderBy(JOB_TASK.ORDINAL, JOB_TASK.ID).fetch(JooqPositionRepository::toTask);
        if (before.equals(d.tasks())) {
            return;
        }
        ctx.deleteFrom(JOB_TASK).where(JOB_TASK.POSITION_ID.eq(d.positionId())).execute();
        if (!d.tasks().isEmpty()) {
            var insert = ctx.insertInto(JOB_TASK, JOB_TASK.POSITION_ID, JOB_TASK.STEP_NO, JOB_TASK.CONTENT, JOB_TASK.OUTPUT,
                    JOB_TASK.CRITERION, JOB_TASK.ORDINAL);
            int ordinal = 0;
            for (JobTask t : d.tasks()) {
                insert = insert.values(d.positionId(), t.step(), t.content(), t.output(), t.criterion(), ordinal++);
            }
            insert.execute();
        }
        AuditRecordListener.write(ctx, AuditRecordListener.currentUser(), "job_task", d.positionId(), "UPDATE", "tasks",
                before.size() + " nhiệm vụ", d.tasks().size() + " nhiệm vụ");
    }

    @Override
    public List<CompetencyRequirement> requirementsOf(long schemeId) {
        return dsl.get().select(COMPETENCY_REQUIREMENT.fields()).from(COMPETENCY_REQUIREMENT)
                .join(JOB_POSITION).on(JOB_POSITION.ID.eq(COMPETENCY_REQUIREMENT.POSITION_ID))
                .where(JOB_POSITION.SCHEME_ID.eq(schemeId))
                .orderBy(COMPETENCY_REQUIREMENT.POSITION_ID, COMPETENCY_REQUIREMENT.COMPETENCY_ID)
                .fetch(r -> new CompetencyRequirement(r.get(COMPETENCY_REQUIREMENT.POSITION_ID),
                        r.get(COMPETENCY_REQUIREMENT.COMPETENCY_ID), r.get(COMPETENCY_REQUIREMENT.REQUIRED_LEVEL)));
    }

    @Override
    public void saveRequirements(long positionId, List<CompetencyRequirement> requirements) {
        DSLContext ctx = dsl.get();
        Map<Long, Integer> before = new HashMap<>();
        ctx.selectFrom(COMPETENCY_REQUIREMENT).where(COMPETENCY_REQUIREMENT.POSITION_ID.eq(positionId))
                .forEach(r -> before.put(r.getCompetencyId(), r.getRequiredLevel()));
        Map<Long, Integer> after = new HashMap<>();
        requirements.forEach(r -> after.put(r.competencyId(), r.level()));
        java.util.Set<Long> touched = new java.util.TreeSet<>(before.keySet());
        touched.addAll(after.keySet());
        for (Long competency : touched) {
            Integer was = before.get(competency);
            Integer now = after.get(competency);
            if (!java.util.Objects.equals(was, now)) {
                AuditRecordListener.write(ctx, AuditRecordListener.currentUser(), "competency_requirement", positionId,
                        "UPDATE", "competency " + competency, was == null ? null : "cấp độ " + was, now == null ? null : "cấp độ " + now);
            }
        }
        ctx.deleteFrom(COMPETENCY_REQUIREMENT).where(COMPETENCY_REQUIREMENT.POSITION_ID.eq(positionId)).execute();
        var insert = ctx.insertInto(COMPETENCY_REQUIREMENT, COMPETENCY_REQUIREMENT.POSITION_ID,
                COMPETENCY_REQUIREMENT.COMPETENCY_ID, COMPETENCY_REQUIREMENT.REQUIRED_LEVEL);
        for (CompetencyRequirement cr : requirements) {
            if (cr.positionId() != positionId) {
                throw new IllegalArgumentException("requirement of position " + cr.positionId() + " saved under " + positionId);
            }
            insert = insert.values(positionId, cr.competencyId(), cr.level());
        }
        if (!requirements.isEmpty()) {
            insert.execute();
        }
    }

    private static void fill(JobPositionRecord r, Position p) {
        r.setSchemeId(p.schemeId());
        r.setCode(p.code());
        r.setName(p.name());
        r.setGroupKind(p.group().name());
        r.setAgencyId(p.agencyId());
        r.setUnitId(p.unitId());
        r.setWorkloadType(p.workloadType().name());
        r.setLeadershipRole(p.leadershipRole().name());
        r.setLinkedPositionId(p.linkedPositionId());
        r.setGradeCode(p.gradeCode());
        r.setStepMin(p.stepMin());
        r.setStepMax(p.stepMax());
        Headcount h = p.headcount();
        r.setHcCbcc(h.cbcc());
        r.setHcVienChuc(h.vienChuc());
        r.setHcHopDong(h.hopDong());
        r.setHcCbccCapXa(h.cbccCapXa());
        r.setFrameworkRef(p.frameworkRef());
        r.setNote(p.note());
        r.setOrdinal(p.ordinal());
    }

    static Position toPosition(JobPositionRecord r) {
        return new Position(r.getId(), r.getSchemeId(), r.getCode(), r.getName(), GroupKind.valueOf(r.getGroupKind()),
                r.getAgencyId(), r.getUnitId(), WorkloadType.valueOf(r.getWorkloadType()),
                LeadershipRole.valueOf(r.getLeadershipRole()), r.getLinkedPositionId(), r.getGradeCode(),
                r.getStepMin(), r.getStepMax(),
                new Headcount(r.getHcCbcc(), r.getHcVienChuc(), r.getHcHopDong(), r.getHcCbccCapXa()),
                r.getFrameworkRef(), r.getNote(), r.getOrdinal());
    }

    private static JobTask toTask(vn.vtvlstudio.persistence.generated.tables.records.JobTaskRecord t) {
        return new JobTask(t.getStepNo(), t.getContent(), t.getOutput(), t.getCriterion());
    }

    private static JobDescription toDescription(JobDescriptionRecord d, List<JobTask> tasks) {
        return new JobDescription(d.getPositionId(), d.getObjective(), tasks, d.getRelationsInternal(),
                d.getRelationsExternal(), d.getAuthority(), d.getConditions(),
                new Requirements(d.getReqTraining(), d.getReqCertificates(), d.getReqExperience(), d.getReqQualities(),
                        d.getReqItLanguages()));
    }
}
