package vn.vtvlstudio.rules;

import vn.vtvlstudio.domain.GroupKind;
import vn.vtvlstudio.domain.Headcount;
import vn.vtvlstudio.domain.Position;
import vn.vtvlstudio.domain.StaffCategory;
import vn.vtvlstudio.domain.WorkloadType;

/** Copies a position with some fields changed, as an officer's edit would. */
final class Edit {
    private String code;
    private String name;
    private GroupKind group;
    private long agencyId;
    private Long unitId;
    private WorkloadType workload;
    private Long linked;
    private String grade;
    private Integer stepMin;
    private Integer stepMax;
    private Headcount headcount;
    private String framework;
    private final Position p;

    private Edit(Position p) {
        this.p = p;
        code = p.code();
        name = p.name();
        group = p.group();
        agencyId = p.agencyId();
        unitId = p.unitId();
        workload = p.workloadType();
        linked = p.linkedPositionId();
        grade = p.gradeCode();
        stepMin = p.stepMin();
        stepMax = p.stepMax();
        headcount = p.headcount();
        framework = p.frameworkRef();
    }

    static Edit of(Position p) {
        return new Edit(p);
    }

    Edit code(String v) { code = v; return this; }
    Edit name(String v) { name = v; return this; }
    Edit group(GroupKind v) { group = v; return this; }
    Edit agency(long v, Long unit) { agencyId = v; unitId = unit; return this; }
    Edit workload(WorkloadType v) { workload = v; return this; }
    Edit linked(Long v) { linked = v; return this; }
    Edit grade(String v) { grade = v; return this; }
    Edit steps(Integer min, Integer max) { stepMin = min; stepMax = max; return this; }
    Edit people(StaffCategory c, int n) { headcount = headcount.with(c, n); return this; }
    Edit framework(String v) { framework = v; return this; }

    Position done() {
        return new Position(p.id(), p.schemeId(), code, name, group, agencyId, unitId, workload, p.leadershipRole(),
                linked, grade, stepMin, stepMax, headcount, framework, p.note(), p.ordinal());
    }
}
