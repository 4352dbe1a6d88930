package vn.vtvlstudio.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.vtvlstudio.domain.Agency;
import vn.vtvlstudio.domain.AgencyTree;
import vn.vtvlstudio.domain.CompetencyRequirement;
import vn.vtvlstudio.domain.GroupKind;
import vn.vtvlstudio.domain.Headcount;
import vn.vtvlstudio.domain.JobDescription;
import vn.vtvlstudio.domain.JobTask;
import vn.vtvlstudio.domain.LeadershipRole;
import vn.vtvlstudio.domain.OrgUnit;
import vn.vtvlstudio.domain.OrgUnitKind;
import vn.vtvlstudio.domain.Position;
import vn.vtvlstudio.domain.Quota;
import vn.vtvlstudio.domain.Repositories;
import vn.vtvlstudio.domain.Requirements;
import vn.vtvlstudio.domain.Scheme;
import vn.vtvlstudio.domain.WorkloadType;

/**
 * The authoring use cases. Every edit is validated first (Vietnamese messages naming the field, see
 * {@link InvalidEditException}), then saved at once in one transaction and recorded in the {@link EditHistory} so
 * that it can be undone. Ids handed out by the store may change when a delete is undone; the edits resolve them.
 */
public final class EditService {

    public static final String F_CODE = "Mã vị trí";
    public static final String F_NAME = "Tên vị trí việc làm";
    public static final String F_GRADE = "Ngạch / chức danh";
    public static final String F_UNIT = "Đơn vị";
    public static final String F_CBCC = "Số CBCC";
    public static final String F_VC = "Số viên chức";
    public static final String F_HD = "Số hợp đồng";
    public static final String F_AGENCY = "Cơ quan";
    public static final String F_QUOTA = "Biên chế được giao";
    public static final String F_YEAR = "Năm";
    public static final String F_LEVEL = "Cấp độ năng lực";
    public static final String F_STEP = "Bậc";

    private final Repositories repos;
    private final EditHistory history;
    private final IdAliases positionIds = new IdAliases();
    private final IdAliases agencyIds = new IdAliases();
    private final IdAliases unitIds = new IdAliases();
    private final IdAliases quotaIds = new IdAliases();

    public EditService(Repositories repos, EditHistory history) {
        this.repos = repos;
        this.history = history;
    }

    public EditHistory history() {
        return history;
    }

    /** The id a row has now, given the id it had when an edit (or a view) saw it. */
    public long currentPositionId(long id) {
        return positionIds.current(id);
    }

    // ---------------------------------------------------------------- positions

    /** A blank position in the given agency and group, with a free code; returns it as saved. */
    public Position addBlankPosition(long schemeId, long agencyId, Long unitId, GroupKind group) {
        List<Position> all = repos.positions().findByScheme(schemeId);
        int ordinal = all.stream().mapToInt(Position::ordinal).max().orElse(0) + 1;
        Position blank = new Position(null, schemeId, freeCode(all, "VT-" + ordinal), "Vị trí mới", group, agencyId, unitId,
                WorkloadType.MOT_NGUOI, group == GroupKind.LEADERSHIP ? LeadershipRole.CAP_PHO : LeadershipRole.NONE, null,
                null, null, null, Headcount.ZERO, null, null, ordinal);
        return addPosition(blank);
    }

    /** Adds a position; its code must be free in the scheme. */
    public Position addPosition(Position draft) {
        Position valid = validate(draft.withId(null));
        long[] id = {-1};
        history.perform(Edit.of("Thêm vị trí " + valid.code(),
                () -> {
                    long inserted = repos.positions().insert(valid).id();
                    if (id[0] >= 0) {
                        positionIds.moved(id[0], inserted);
                    } else {
                        id[0] = inserted;
                    }
                },
                () -> repos.positions().delete(positionIds.current(id[0]))));
        return valid.withId(positionIds.current(id[0]));
    }

    /** Saves the changed fields of a position (matched by id). */
    public Position updatePosition(Position changed) {
        long original = Objects.requireNonNull(changed.id(), "position id");
        Position before = repos.positions().find(positionIds.current(original))
                .orElseThrow(() -> new NotFoundException("Vị trí đã bị xóa."));
        Position after = validate(changed.withId(before.id()));
        if (after.equals(before)) {
            return before;
        }
        history.perform(Edit.of("Sửa vị trí " + after.code(),
                () -> repos.positions().update(after.withId(positionIds.current(original))),
                () -> repos.positions().update(before.withId(positionIds.current(original)))));
        return after;
    }

    /** Copies a position with its description and competencies under a free code, right after the original. */
    public Position duplicatePosition(long positionId) {
        Position source = repos.positions().find(positionIds.current(positionId))
                .orElseThrow(() -> new NotFoundException("Vị trí đã bị xóa."));
        List<Position> all = repos.positions().findByScheme(source.schemeId());
        Position copy = new Position(null, source.schemeId(), freeCode(all, source.code() + "-2"), source.name() + " (bản sao)",
                source.group(), source.agencyId(), source.unitId(), source.workloadType(), source.leadershipRole(),
                source.linkedPositionId(), source.gradeCode(), source.stepMin(), source.stepMax(), source.headcount(),
                source.frameworkRef(), source.note(), source.ordinal());
        validate(copy);
        Optional<JobDescription> description = repos.positions().findDescription(source.id());
        List<CompetencyRequirement> competencies = requirementsOf(source);
        long[] id = {-1};
        history.perform(Edit.of("Nhân bản vị trí " + source.code(),
                () -> {
                    long inserted = repos.positions().insert(copy).id();
                    if (id[0] >= 0) {
                        positionIds.moved(id[0], inserted);
                    } else {
                        id[0] = inserted;
                    }
                    description.ifPresent(d -> repos.positions().saveDescription(describe(d, inserted)));
                    repos.positions().saveRequirements(inserted, rebase(competencies, inserted));
                },
                () -> repos.positions().delete(positionIds.current(id[0]))));
        return copy.withId(positionIds.current(id[0]));
    }

    /**
     * Deletes a position with its description and competencies. Undo brings all of it back, and re-links the
     * leadership positions that pointed at it.
     */
    public void deletePosition(long positionId) {
        Position p = repos.positions().find(positionIds.current(positionId))
                .orElseThrow(() -> new NotFoundException("Vị trí đã bị xóa."));
        Optional<JobDescription> description = repos.positions().findDescription(p.id());
        List<CompetencyRequirement> competencies = requirementsOf(p);
        List<Long> linkers = repos.positions().findByScheme(p.schemeId()).stream()
                .filter(o -> p.id().equals(o.linkedPositionId())).map(Position::id).toList();
        long original = p.id();
        history.perform(Edit.of("Xóa vị trí " + p.code(),
                () -> repos.positions().delete(positionIds.current(original)),
                () -> {
                    long restored = repos.positions().insert(p.withId(null).withLinkedPositionId(
                            p.linkedPositionId() == null ? null : positionIds.current(p.linkedPositionId()))).id();
                    positionIds.moved(positionIds.current(original), restored);
                    description.ifPresent(d -> repos.positions().saveDescription(describe(d, restored)));
                    repos.positions().saveRequirements(restored, rebase(competencies, restored));
                    for (long linker : linkers) {
                        repos.positions().find(positionIds.current(linker))
                                .ifPresent(l -> repos.positions().update(l.withLinkedPositionId(restored)));
                    }
                }));
    }

    /** Sets unit and/or grade of several positions at once (null leaves that field as it is); one undo step. */
    public void bulkSetUnitAndGrade(List<Long> positionIds, Long unitId, String gradeCode) {
        List<Position> before = new ArrayList<>();
        List<Position> after = new ArrayList<>();
        for (long id : positionIds) {
            Position p = repos.positions().find(this.positionIds.current(id))
                    .orElseThrow(() -> new NotFoundException("Vị trí đã bị xóa."));
            Position changed = new Position(p.id(), p.schemeId(), p.code(), p.name(), p.group(),
                    unitId == null ? p.agencyId() : unitOrFail(unitId).agencyId(), unitId == null ? p.unitId() : unitId,
                    p.workloadType(), p.leadershipRole(), p.linkedPositionId(), gradeCode == null ? p.gradeCode() : gradeCode,
                    p.stepMin(), p.stepMax(), p.headcount(), p.frameworkRef(), p.note(), p.ordinal());
            before.add(p);
            after.add(validate(changed));
        }
        history.perform(Edit.of("Sửa " + after.size() + " vị trí",
                () -> after.forEach(p -> repos.positions().update(p.withId(this.positionIds.current(p.id())))),
                () -> before.forEach(p -> repos.positions().update(p.withId(this.positionIds.current(p.id()))))));
    }

    /**
     * Saves an import the user reviewed ({@link ImportService#review}) as one undoable step. The rows are matched
     * against the scheme again inside the transaction (it may have changed since the review), so a problem found now
     * refuses the whole import ({@link ImportService.ImportRejectedException}); a cancel ({@link
     * vn.vtvlstudio.domain.CancelledException}) rolls it back. Undo puts the updated positions back as they were and
     * deletes the created ones; redo saves them again.
     */
    public ImportService.ImportResult importReviewed(ImportService imports, ImportReview review,
                                                     vn.vtvlstudio.domain.Progress progress) {
        if (!review.canApply()) {
            throw new ImportService.ImportRejectedException(review.preview() == null ? List.of() : review.preview().problems());
        }
        ImportService.ImportResult[] result = new ImportService.ImportResult[1];
        history.perform(new Edit() {
            private ImportService.Plan plan;
            private long[] created;

            @Override
            public String label() {
                return "Nhập từ tệp " + review.file().getFileName();
            }

            @Override
            public void apply() {
                if (plan == null) {
                    ImportService.Plan matched = imports.matched(review.schemeId(), review.preview());
                    long[] ids = new long[matched.inserts.size()];
                    int[] next = {0};
                    matched.save(progress, (before, after) -> repos.positions().update(after),
                            p -> ids[next[0]++] = repos.positions().insert(p).id());
                    plan = matched;
                    created = ids;
                    result[0] = matched.result(true);
                    return;
                }
                plan.updates.forEach(p -> repos.positions().update(p.withId(positionIds.current(p.id()))));
                for (int i = 0; i < created.length; i++) {
                    long id = repos.positions().insert(plan.inserts.get(i)).id();
                    positionIds.moved(positionIds.current(created[i]), id);
                }
            }

            @Override
            public void revert() {
                for (long id : created) {
                    repos.positions().delete(positionIds.current(id));
                }
                plan.befores.forEach(p -> repos.positions().update(p.withId(positionIds.current(p.id()))));
            }
        });
        return result[0];
    }

    // ---------------------------------------------------------------- job description and competencies

    /** Replaces the job description of a position. */
    public void saveJobDescription(JobDescription description) {
        long original = description.positionId();
        long current = positionIds.current(original);
        repos.positions().find(current).orElseThrow(() -> new NotFoundException("Vị trí đã bị xóa."));
        for (JobTask t : description.tasks()) {
            if (t.step() < 1) {
                throw new InvalidEditException(F_STEP, "Bậc của nhiệm vụ phải từ 1 trở lên (đã nhập " + t.step() + ").");
            }
            EditInputs.required("Nội dung nhiệm vụ", t.content());
        }
        Optional<JobDescription> before = repos.positions().findDescription(current);
        history.perform(Edit.of("Sửa bản mô tả công việc",
                () -> repos.positions().saveDescription(describe(description, positionIds.current(original))),
                () -> repos.positions().saveDescription(before.map(d -> describe(d, positionIds.current(original)))
                        .orElseGet(() -> new JobDescription(positionIds.current(original), null, List.of(), null, null, null, null, Requirements.EMPTY)))));
    }

    /** Requires a competency at a level 1–5 (adds it to the position's framework or changes its level). */
    public void setCompetencyLevel(long positionId, long competencyId, int level) {
        EditInputs.level(F_LEVEL, level);
        Position p = repos.positions().find(positionIds.current(positionId))
                .orElseThrow(() -> new NotFoundException("Vị trí đã bị xóa."));
        if (repos.reference().competencies().stream().noneMatch(c -> c.id() == competencyId)) {
            throw new InvalidEditException("Năng lực", "Năng lực số " + competencyId + " không có trong từ điển năng lực.");
        }
        List<CompetencyRequirement> before = requirementsOf(p);
        List<CompetencyRequirement> after = new ArrayList<>(before.stream().filter(r -> r.competencyId() != competencyId).toList());
        after.add(new CompetencyRequirement(p.id(), competencyId, level));
        replaceRequirements(positionId, "Đặt cấp độ năng lực " + level, before, after);
    }

    /** Takes a competency out of a position's framework. */
    public void removeCompetency(long positionId, long competencyId) {
        Position p = repos.positions().find(positionIds.current(positionId))
                .orElseThrow(() -> new NotFoundException("Vị trí đã bị xóa."));
        List<CompetencyRequirement> before = requirementsOf(p);
        List<CompetencyRequirement> after = before.stream().filter(r -> r.competencyId() != competencyId).toList();
        if (after.size() != before.size()) {
            replaceRequirements(positionId, "Bỏ năng lực", before, after);
        }
    }

    private void replaceRequirements(long original, String label, List<CompetencyRequirement> before, List<CompetencyRequirement> after) {
        history.perform(Edit.of(label,
                () -> repos.positions().saveRequirements(positionIds.current(original), rebase(after, positionIds.current(original))),
                () -> repos.positions().saveRequirements(positionIds.current(original), rebase(before, positionIds.current(original)))));
    }

    // ---------------------------------------------------------------- agencies and units

    /** Adds an agency under a parent, inheriting its kind, level and bloc. */
    public Agency addAgency(long parentId, String name) {
        String n = EditInputs.required("Tên cơ quan", name);
        Agency parent = agencyOrFail(parentId);
        List<Agency> all = repos.agencies().findAll();
        Set<String> codes = new HashSet<>();
        all.forEach(a -> codes.add(a.code()));
        String code = parent.code() + ".";
        int i = 1;
        while (codes.contains(code + i)) {
            i++;
        }
        int ordinal = all.stream().filter(a -> parentId == (a.parentId() == null ? -1 : a.parentId()))
                .mapToInt(Agency::ordinal).max().orElse(0) + 1;
        Agency draft = new Agency(null, code + i, n, null, parent.kind(), parent.level(), parent.bloc(), parent.id(),
                parent.provinceType(), parent.autonomyGroup(), ordinal);
        long[] id = {-1};
        history.perform(Edit.of("Thêm cơ quan " + n,
                () -> {
                    long inserted = repos.agencies().insert(draft.withParentId(agencyIds.current(parentId))).id();
                    if (id[0] >= 0) {
                        agencyIds.moved(id[0], inserted);
                    } else {
                        id[0] = inserted;
                    }
                },
                () -> repos.agencies().delete(agencyIds.current(id[0]))));
        return draft.withId(agencyIds.current(id[0]));
    }

    public void renameAgency(long agencyId, String name) {
        String n = EditInputs.required("Tên cơ quan", name);
        Agency before = agencyOrFail(agencyId);
        history.perform(Edit.of("Đổi tên " + before.name(),
                () -> repos.agencies().update(rename(agencyOrFail(agencyId), n)),
                () -> repos.agencies().update(rename(agencyOrFail(agencyId), before.name()))));
    }

    /** Moves an agency under another parent; never under itself or below itself. */
    public void moveAgency(long agencyId, long newParentId) {
        Agency a = agencyOrFail(agencyId);
        agencyOrFail(newParentId);
        AgencyTree tree = new AgencyTree(repos.agencies().findAll());
        if (tree.subtreeIds(a.id()).contains(agencyIds.current(newParentId))) {
            throw new InvalidEditException(F_AGENCY, "Không thể chuyển «" + a.name() + "» vào chính nó hoặc đơn vị cấp dưới của nó.");
        }
        Long oldParent = a.parentId();
        history.perform(Edit.of("Chuyển " + a.name(),
                () -> repos.agencies().update(agencyOrFail(agencyId).withParentId(agencyIds.current(newParentId))),
                () -> repos.agencies().update(agencyOrFail(agencyId).withParentId(oldParent == null ? null : agencyIds.current(oldParent)))));
    }

    /**
     * Deletes an agency with its units and quotas. Refused while it still has positions, sub-agencies, or roots a
     * scheme. Undo restores the agency, its units and its quotas.
     */
    public void deleteAgency(long agencyId) {
        Agency a = agencyOrFail(agencyId);
        long positions = repos.schemes().findAll().stream()
                .flatMap(s -> repos.positions().findByScheme(s.id()).stream()).filter(p -> p.agencyId() == a.id()).count();
        if (positions > 0) {
            throw new InvalidEditException(F_AGENCY, "Không xóa được «" + a.name() + "»: còn " + positions
                    + " vị trí việc làm. Hãy chuyển hoặc xóa các vị trí trước.");
        }
        long children = repos.agencies().findAll().stream().filter(c -> a.id().equals(c.parentId())).count();
        if (children > 0) {
            throw new InvalidEditException(F_AGENCY, "Không xóa được «" + a.name() + "»: còn " + children + " cơ quan, đơn vị trực thuộc.");
        }
        Optional<Scheme> rooted = repos.schemes().findAll().stream().filter(s -> s.rootAgencyId() == a.id()).findFirst();
        if (rooted.isPresent()) {
            throw new InvalidEditException(F_AGENCY, "Không xóa được «" + a.name() + "»: là cơ quan gốc của đề án «" + rooted.get().title() + "».");
        }
        List<OrgUnit> units = repos.agencies().unitsOf(a.id());
        List<Quota> quotas = repos.quotas().findByAgencies(List.of(a.id()));
        long original = a.id();
        history.perform(Edit.of("Xóa " + a.name(),
                () -> repos.agencies().delete(agencyIds.current(original)),
                () -> {
                    Agency back = a.withId(null).withParentId(a.parentId() == null ? null : agencyIds.current(a.parentId()));
                    long restored = repos.agencies().insert(back).id();
                    agencyIds.moved(agencyIds.current(original), restored);
                    for (OrgUnit u : units) {
                        long uid = repos.agencies().insertUnit(new OrgUnit(null, restored, u.code(), u.name(), u.kind(), u.ordinal())).id();
                        unitIds.moved(unitIds.current(u.id()), uid);
                    }
                    for (Quota q : quotas) {
                        long qid = repos.quotas().insert(new Quota(null, restored, q.year(), q.category(), q.amount(),
                                q.decisionNo(), q.decisionDate(), q.issuer(), q.baseline())).id();
                        quotaIds.moved(quotaIds.current(q.id()), qid);
                    }
                }));
    }

    public OrgUnit addUnit(long agencyId, String name, OrgUnitKind kind) {
        String n = EditInputs.required("Tên đơn vị", name);
        Agency a = agencyOrFail(agencyId);
        List<OrgUnit> units = repos.agencies().unitsOf(a.id());
        Set<String> codes = new HashSet<>();
        units.forEach(u -> codes.add(u.code()));
        int i = units.size() + 1;
        while (codes.contains("P" + i)) {
            i++;
        }
        OrgUnit draft = new OrgUnit(null, a.id(), "P" + i, n, kind == null ? OrgUnitKind.PHONG : kind,
                units.stream().mapToInt(OrgUnit::ordinal).max().orElse(0) + 1);
        long[] id = {-1};
        history.perform(Edit.of("Thêm đơn vị " + n,
                () -> {
                    long inserted = repos.agencies().insertUnit(new OrgUnit(null, agencyIds.current(agencyId), draft.code(),
                            draft.name(), draft.kind(), draft.ordinal())).id();
                    if (id[0] >= 0) {
                        unitIds.moved(id[0], inserted);
                    } else {
                        id[0] = inserted;
                    }
                },
                () -> repos.agencies().deleteUnit(unitIds.current(id[0]))));
        return draft.withId(unitIds.current(id[0]));
    }

    public void renameUnit(long unitId, String name) {
        String n = EditInputs.required("Tên đơn vị", name);
        OrgUnit before = unitOrFail(unitId);
        history.perform(Edit.of("Đổi tên " + before.name(),
                () -> {
                    OrgUnit u = unitOrFail(unitId);
                    repos.agencies().updateUnit(new OrgUnit(u.id(), u.agencyId(), u.code(), n, u.kind(), u.ordinal()));
                },
                () -> {
                    OrgUnit u = unitOrFail(unitId);
                    repos.agencies().updateUnit(new OrgUnit(u.id(), u.agencyId(), u.code(), before.name(), u.kind(), u.ordinal()));
                }));
    }

    /** Moves a unit to another agency; its positions move with it. */
    public void moveUnit(long unitId, long newAgencyId) {
        OrgUnit before = unitOrFail(unitId);
        Agency target = agencyOrFail(newAgencyId);
        if (target.id() == before.agencyId()) {
            return;
        }
        String code = freeUnitCode(target.id(), before.code());
        List<Position> moved = repos.schemes().findAll().stream().flatMap(s -> repos.positions().findByScheme(s.id()).stream())
                .filter(p -> before.id().equals(p.unitId())).toList();
        long oldAgency = before.agencyId();
        history.perform(Edit.of("Chuyển " + before.name() + " sang " + target.name(),
                () -> moveUnitTo(unitId, agencyIds.current(newAgencyId), code, moved),
                () -> moveUnitTo(unitId, agencyIds.current(oldAgency), before.code(), moved)));
    }

    private void moveUnitTo(long unitId, long agencyId, String code, List<Position> positions) {
        OrgUnit u = unitOrFail(unitId);
        repos.agencies().updateUnit(new OrgUnit(u.id(), agencyId, code, u.name(), u.kind(), u.ordinal()));
        for (Position p : positions) {
            repos.positions().find(positionIds.current(p.id())).ifPresent(now -> repos.positions().update(new Position(now.id(),
                    now.schemeId(), now.code(), now.name(), now.group(), agencyId, u.id(), now.workloadType(), now.leadershipRole(),
                    now.linkedPositionId(), now.gradeCode(), now.stepMin(), now.stepMax(), now.headcount(), now.frameworkRef(),
                    now.note(), now.ordinal())));
        }
    }

    /** Deletes a unit no position belongs to. */
    public void deleteUnit(long unitId) {
        OrgUnit u = unitOrFail(unitId);
        long positions = repos.schemes().findAll().stream().flatMap(s -> repos.positions().findByScheme(s.id()).stream())
                .filter(p -> u.id().equals(p.unitId())).count();
        if (positions > 0) {
            throw new InvalidEditException(F_UNIT, "Không xóa được «" + u.name() + "»: còn " + positions
                    + " vị trí việc làm. Hãy chuyển hoặc xóa các vị trí trước.");
        }
        long original = u.id();
        history.perform(Edit.of("Xóa " + u.name(),
                () -> repos.agencies().deleteUnit(unitIds.current(original)),
                () -> {
                    long restored = repos.agencies().insertUnit(new OrgUnit(null, agencyIds.current(u.agencyId()), u.code(),
                            u.name(), u.kind(), u.ordinal())).id();
                    unitIds.moved(unitIds.current(original), restored);
                }));
    }

    // ---------------------------------------------------------------- quotas

    /** Sets the quota of an agency for a year and category (one row per triple; an existing one is replaced). */
    public Quota setQuota(Quota quota) {
        agencyOrFail(quota.agencyId());
        EditInputs.year(F_YEAR, Integer.toString(quota.year()));
        EditInputs.requireCount(F_QUOTA, quota.amount());
        Optional<Quota> existing = repos.quotas().findByAgencies(List.of(agencyIds.current(quota.agencyId()))).stream()
                .filter(q -> q.year() == quota.year() && q.category() == quota.category()).findFirst();
        Quota wanted = new Quota(null, quota.agencyId(), quota.year(), quota.category(), quota.amount(),
                blankToNull(quota.decisionNo()), quota.decisionDate(), blankToNull(quota.issuer()), quota.baseline());
        long agency = quota.agencyId();
        if (existing.isPresent()) {
            Quota before = existing.get();
            long original = before.id();
            history.perform(Edit.of("Sửa biên chế được giao năm " + quota.year(),
                    () -> repos.quotas().update(rebase(wanted, quotaIds.current(original), agencyIds.current(agency))),
                    () -> repos.quotas().update(rebase(before, quotaIds.current(original), agencyIds.current(agency)))));
            return wanted.withId(quotaIds.current(original));
        }
        long[] id = {-1};
        history.perform(Edit.of("Thêm biên chế được giao năm " + quota.year(),
                () -> {
                    long inserted = repos.quotas().insert(rebase(wanted, null, agencyIds.current(agency))).id();
                    if (id[0] >= 0) {
                        quotaIds.moved(id[0], inserted);
                    } else {
                        id[0] = inserted;
                    }
                },
                () -> repos.quotas().delete(quotaIds.current(id[0]))));
        return wanted.withId(quotaIds.current(id[0]));
    }

    public void deleteQuota(long quotaId) {
        Quota q = repos.quotas().findAll().stream().filter(x -> x.id() == quotaIds.current(quotaId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Chỉ tiêu đã bị xóa."));
        long original = q.id();
        history.perform(Edit.of("Xóa biên chế được giao năm " + q.year(),
                () -> repos.quotas().delete(quotaIds.current(original)),
                () -> quotaIds.moved(quotaIds.current(original),
                        repos.quotas().insert(rebase(q, null, agencyIds.current(q.agencyId()))).id())));
    }

    // ---------------------------------------------------------------- helpers

    /** Checks a position before the store; returns it with code and name trimmed. */
    Position validate(Position p) {
        String code = EditInputs.required(F_CODE, p.code());
        String name = EditInputs.required(F_NAME, p.name());
        for (Position other : repos.positions().findByScheme(p.schemeId())) {
            if (!Objects.equals(other.id(), p.id()) && other.code().strip().equalsIgnoreCase(code)) {
                throw new InvalidEditException(F_CODE, "Mã vị trí «" + code + "» đã có trong đề án (" + other.name() + ").");
            }
        }
        String grade = p.gradeCode() == null || p.gradeCode().isBlank() ? null : p.gradeCode().strip();
        if (grade != null && repos.reference().grades().stream().noneMatch(g -> g.code().equals(grade))) {
            throw new InvalidEditException(F_GRADE, "Ngạch / chức danh «" + grade + "» không có trong danh mục ngạch.");
        }
        agencyOrFail(p.agencyId());
        if (p.unitId() != null) {
            OrgUnit u = unitOrFail(p.unitId());
            if (u.agencyId() != p.agencyId()) {
                throw new InvalidEditException(F_UNIT, "Đơn vị «" + u.name() + "» không thuộc cơ quan của vị trí.");
            }
        }
        if (p.headcount() == null) {
            throw new InvalidEditException(F_CBCC, "Chưa nhập số người của vị trí.");
        }
        if (p.stepMin() != null && (p.stepMin() < 1 || p.stepMin() > 5) || p.stepMax() != null && (p.stepMax() < 1 || p.stepMax() > 5)) {
            throw new InvalidEditException(F_STEP, "Bậc phải từ 1 đến 5.");
        }
        return new Position(p.id(), p.schemeId(), code, name, p.group(), p.agencyId(), p.unitId(), p.workloadType(),
                p.leadershipRole(), p.linkedPositionId(), grade, p.stepMin(), p.stepMax(), p.headcount(), blankToNull(p.frameworkRef()),
                blankToNull(p.note()), p.ordinal());
    }

    private List<CompetencyRequirement> requirementsOf(Position p) {
        return repos.positions().requirementsOf(p.schemeId()).stream().filter(r -> r.positionId() == p.id()).toList();
    }

    private static List<CompetencyRequirement> rebase(List<CompetencyRequirement> list, long positionId) {
        return list.stream().map(r -> new CompetencyRequirement(positionId, r.competencyId(), r.level())).toList();
    }

    private static JobDescription describe(JobDescription d, long positionId) {
        return new JobDescription(positionId, d.objective(), d.tasks(), d.relationsInternal(), d.relationsExternal(),
                d.authority(), d.conditions(), d.requirements());
    }

    private static Quota rebase(Quota q, Long id, long agencyId) {
        return new Quota(id, agencyId, q.year(), q.category(), q.amount(), q.decisionNo(), q.decisionDate(), q.issuer(), q.baseline());
    }

    private static Agency rename(Agency a, String name) {
        return new Agency(a.id(), a.code(), name, a.shortName(), a.kind(), a.level(), a.bloc(), a.parentId(), a.provinceType(),
                a.autonomyGroup(), a.ordinal());
    }

    private Agency agencyOrFail(long id) {
        return repos.agencies().find(agencyIds.current(id)).orElseThrow(() -> new NotFoundException("Cơ quan đã bị xóa."));
    }

    private OrgUnit unitOrFail(long id) {
        long current = unitIds.current(id);
        return repos.agencies().findAllUnits().stream().filter(u -> u.id() == current).findFirst()
                .orElseThrow(() -> new NotFoundException("Đơn vị đã bị xóa."));
    }

    private String freeUnitCode(long agencyId, String wanted) {
        Set<String> codes = new HashSet<>();
        repos.agencies().unitsOf(agencyId).forEach(u -> codes.add(u.code()));
        String code = wanted;
        int i = 2;
        while (codes.contains(code)) {
            code = wanted + "-" + i++;
        }
        return code;
    }

    private static String freeCode(List<Position> all, String wanted) {
        Set<String> codes = new HashSet<>();
        all.forEach(p -> codes.add(p.code().toLowerCase(Locale.ROOT)));
        String code = wanted;
        int i = 2;
        while (codes.contains(code.toLowerCase(Locale.ROOT))) {
            code = wanted + "-" + i++;
        }
        return code;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
