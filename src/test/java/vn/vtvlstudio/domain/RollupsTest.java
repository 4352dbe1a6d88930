package vn.vtvlstudio.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Roll-ups on the figures of the seeds (DOMAIN.md §9). */
class RollupsTest {

    private final List<Agency> agencies = new ArrayList<>();
    private final List<OrgUnit> units = new ArrayList<>();
    private final List<Position> positions = new ArrayList<>();
    private final List<Quota> quotas = new ArrayList<>();
    private final List<Grade> grades = List.of(
            new Grade("01.002", "Chuyên viên chính", GradeTier.CVC, "Hành chính", GradeKind.NGACH, null, null, ""),
            new Grade("01.003", "Chuyên viên", GradeTier.CV, "Hành chính", GradeKind.NGACH, null, null, ""));
    private long nextId = 1;

    private long agency(String name, Bloc bloc, Long parent) {
        long id = nextId++;
        agencies.add(new Agency(id, "A" + id, name, null, AgencyKind.PARTY, AdminLevel.PROVINCE, bloc, parent, null, null, 0));
        return id;
    }

    private Position position(long agencyId, Long unitId, GroupKind group, LeadershipRole role, String grade,
                              WorkloadType workload, Headcount h) {
        Position p = new Position(nextId++, 1, "VT" + nextId, "Vị trí " + nextId, group, agencyId, unitId, workload, role,
                null, grade, null, null, h, null, null, positions.size());
        positions.add(p);
        return p;
    }

    private SchemeSnapshot snapshot() {
        Scheme scheme = new Scheme(1L, agencies.get(0).id(), "Đề án", "PARTY_FRONT", 2026, SchemeStatus.DRAFT, 1, null, null, false, null);
        return new SchemeSnapshot(scheme, null, agencies, units, positions, quotas, List.of(), List.of(), List.of(), grades,
                List.of(), List.of());
    }

    @Test
    void hauGiangTotalsKeepContractsBesideBienChe() {
        long root = agency("Các cơ quan Đảng, MTTQ và đoàn thể tỉnh Hậu Giang", Bloc.PARTY_FRONT, null);
        long board = agency("Ban Tổ chức Tỉnh ủy", Bloc.PARTY_FRONT, root);
        // 322 positions: 568 CBCC, 92 VC and 92 contract workers spread over them; 20 concurrent positions take nobody.
        for (int i = 0; i < 300; i++) {
            position(i % 2 == 0 ? root : board, null, GroupKind.SPECIALISED, LeadershipRole.NONE, "01.003",
                    WorkloadType.MOT_NGUOI, new Headcount(i < 268 ? 2 : 1, 0, 0, 0));
        }
        position(root, null, GroupKind.SHARED, LeadershipRole.NONE, null, WorkloadType.NHIEU_NGUOI, new Headcount(0, 92, 0, 0));
        position(board, null, GroupKind.SUPPORT, LeadershipRole.NONE, null, WorkloadType.NHIEU_NGUOI, new Headcount(0, 0, 92, 0));
        for (int i = 0; i < 20; i++) {
            position(board, null, GroupKind.LEADERSHIP, LeadershipRole.CAP_PHO, "01.002", WorkloadType.KIEM_NHIEM, new Headcount(1, 0, 0, 0));
        }
        quotas.add(new Quota(1L, root, 2022, StaffCategory.CBCC, 598, null, null, null, true));
        quotas.add(new Quota(2L, root, 2022, StaffCategory.VIEN_CHUC, 102, null, null, null, true));
        Rollups r = Rollups.of(snapshot());

        assertEquals(322, r.scheme().positions());
        assertEquals(568, r.scheme().headcount(StaffCategory.CBCC));
        assertEquals(92, r.scheme().headcount(StaffCategory.VIEN_CHUC));
        assertEquals(660, r.scheme().bienChe());
        assertEquals(92, r.scheme().headcount(StaffCategory.HOP_DONG));
        assertEquals(r.scheme().toTotals(), Counting.totals(positions));
        assertEquals(r.agency(root).toTotals(), r.scheme().toTotals());
        assertEquals(r.bloc(Bloc.PARTY_FRONT).toTotals(), r.scheme().toTotals());
        assertEquals(20, r.agency(board).deputies());

        Rollups.QuotaLine vc = r.quotaLine(root, StaffCategory.VIEN_CHUC);
        assertEquals(102, vc.baseline());
        assertEquals(92, vc.proposed());
        Reduction reduction = vc.reduction().orElseThrow();
        assertEquals(10, reduction.people());
        assertEquals(new BigDecimal("0.098039"), reduction.rate());
        assertEquals(1, reduction.shortfall(new BigDecimal("0.10"), RoundingRule.CEILING));
        assertTrue(r.quotaLine(root, StaffCategory.CBCC).reduction().orElseThrow().meets(new BigDecimal("0.05"), RoundingRule.CEILING));
    }

    @Test
    void haiDuongPositionsPerGroup() {
        long root = agency("Các cơ quan Đảng tỉnh Hải Dương", Bloc.PARTY_FRONT, null);
        int[] counts = {87, 72, 62, 39};
        GroupKind[] groups = {GroupKind.LEADERSHIP, GroupKind.SPECIALISED, GroupKind.SHARED, GroupKind.SUPPORT};
        for (int g = 0; g < groups.length; g++) {
            for (int i = 0; i < counts[g]; i++) {
                position(root, null, groups[g], groups[g] == GroupKind.LEADERSHIP ? LeadershipRole.CAP_TRUONG : LeadershipRole.NONE,
                        null, WorkloadType.MOT_NGUOI, new Headcount(1, 0, 0, 0));
            }
        }
        Tally t = Rollups.of(snapshot()).agency(root);
        assertEquals(260, t.positions());
        assertEquals(87, t.positionsIn(GroupKind.LEADERSHIP));
        assertEquals(72, t.positionsIn(GroupKind.SPECIALISED));
        assertEquals(62, t.positionsIn(GroupKind.SHARED));
        assertEquals(39, t.positionsIn(GroupKind.SUPPORT));
    }

    @Test
    void gradeStructureLeavesLeadersOutAndFollowsEdits() {
        long root = agency("Sở Nội vụ", Bloc.GOVERNMENT, null);
        long child = agency("Chi cục Văn thư – Lưu trữ", Bloc.GOVERNMENT, root);
        units.add(new OrgUnit(50L, root, "P1", "Phòng Tổ chức", OrgUnitKind.PHONG, 0));
        Position cv = position(root, 50L, GroupKind.SPECIALISED, LeadershipRole.NONE, "01.003", WorkloadType.NHIEU_NGUOI, new Headcount(6, 0, 0, 0));
        position(root, 50L, GroupKind.SPECIALISED, LeadershipRole.NONE, "01.002", WorkloadType.NHIEU_NGUOI, new Headcount(4, 0, 0, 0));
        position(root, 50L, GroupKind.LEADERSHIP, LeadershipRole.CAP_PHO, "01.002", WorkloadType.NHIEU_NGUOI, new Headcount(2, 0, 0, 0));
        position(child, null, GroupKind.SPECIALISED, LeadershipRole.NONE, "01.003", WorkloadType.MOT_NGUOI, new Headcount(1, 0, 0, 0));
        quotas.add(new Quota(1L, root, 2026, StaffCategory.CBCC, 10, null, null, null, false));
        quotas.add(new Quota(2L, child, 2026, StaffCategory.CBCC, 12, null, null, null, false));
        Rollups r = Rollups.of(snapshot());

        Rollups.GradeStructure own = Rollups.gradeStructure(r.ownOf(root), StaffCategory.CBCC);
        assertEquals(10, own.total());
        assertEquals(4, own.count(GradeTier.CVC));
        assertEquals(new BigDecimal("0.400000"), own.share(GradeTier.CVC));
        assertEquals(12, r.unit(50L).bienChe());
        assertEquals(2, r.unit(50L).deputies());
        assertEquals(13, r.agency(root).bienChe());
        assertEquals(12, r.childrenQuota(root, StaffCategory.CBCC).orElseThrow());

        Position moved = new Position(cv.id(), 1, cv.code(), cv.name(), cv.group(), child, null, cv.workloadType(),
                cv.leadershipRole(), null, "01.002", null, null, new Headcount(5, 0, 0, 0), null, null, 0);
        r.apply(cv, moved);
        positions.set(positions.indexOf(cv), moved);
        Rollups rebuilt = Rollups.of(snapshot());
        for (Agency a : agencies) {
            assertEquals(rebuilt.agency(a.id()).toTotals(), r.agency(a.id()).toTotals());
            assertEquals(rebuilt.ownOf(a.id()).inTier(StaffCategory.CBCC, GradeTier.CVC), r.ownOf(a.id()).inTier(StaffCategory.CBCC, GradeTier.CVC));
        }
        assertEquals(rebuilt.unit(50L).toTotals(), r.unit(50L).toTotals());
        assertEquals(5, r.agency(child).inTier(StaffCategory.CBCC, GradeTier.CVC));
        assertEquals(1, r.agency(child).inTier(StaffCategory.CBCC, GradeTier.CV));
    }
}
