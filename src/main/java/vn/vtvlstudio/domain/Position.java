package vn.vtvlstudio.domain;

/**
 * Vị trí việc làm. Headcount is what the officer entered; {@link #effectiveHeadcount()} applies the counting rule
 * for concurrent positions.
 */
public record Position(Long id, long schemeId, String code, String name, GroupKind group, long agencyId, Long unitId,
                       WorkloadType workloadType, LeadershipRole leadershipRole, Long linkedPositionId,
                       String gradeCode, Integer stepMin, Integer stepMax, Headcount headcount,
                       String frameworkRef, String note, int ordinal) {

    /** A KIEM_NHIEM position takes nobody: its holder is counted in another position (DOMAIN.md §4). */
    public Headcount effectiveHeadcount() {
        return workloadType == WorkloadType.KIEM_NHIEM ? Headcount.ZERO : headcount;
    }

    public boolean isLeadership() {
        return group == GroupKind.LEADERSHIP || leadershipRole.isLeader();
    }

    public Position withId(Long newId) {
        return new Position(newId, schemeId, code, name, group, agencyId, unitId, workloadType, leadershipRole,
                linkedPositionId, gradeCode, stepMin, stepMax, headcount, frameworkRef, note, ordinal);
    }

    public Position withHeadcount(Headcount newHeadcount) {
        return new Position(id, schemeId, code, name, group, agencyId, unitId, workloadType, leadershipRole,
                linkedPositionId, gradeCode, stepMin, stepMax, newHeadcount, frameworkRef, note, ordinal);
    }

    public Position withLinkedPositionId(Long linked) {
        return new Position(id, schemeId, code, name, group, agencyId, unitId, workloadType, leadershipRole,
                linked, gradeCode, stepMin, stepMax, headcount, frameworkRef, note, ordinal);
    }
}
