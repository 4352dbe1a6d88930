package vn.vtvlstudio.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CountingTest {

    private static Position position(long id, long agency, GroupKind group, WorkloadType workload, LeadershipRole role,
                                     String grade, Headcount headcount) {
        return new Position(id, 1, "P" + id, "Vị trí " + id, group, agency, null, workload, role, null, grade, null, null,
                headcount, null, null, (int) id);
    }

    @Test
    void aPositionHeldBySeveralPeopleCountsOnceAndItsPeopleAllCount() {
        Totals t = Counting.totals(List.of(
                position(1, 1, GroupKind.SPECIALISED, WorkloadType.NHIEU_NGUOI, LeadershipRole.NONE, "01.003", new Headcount(4, 0, 0, 0)),
                position(2, 1, GroupKind.SHARED, WorkloadType.MOT_NGUOI, LeadershipRole.NONE, "01.003", new Headcount(1, 0, 0, 0))));
        assertEquals(2, t.positions());
        assertEquals(5, t.headcount().cbcc());
        assertEquals(1, t.positionsIn(GroupKind.SPECIALISED));
        assertEquals(4, t.headcountIn(GroupKind.SPECIALISED).cbcc());
    }

    @Test
    void aConcurrentPositionCountsAsAPositionButTakesNobody() {
        Totals t = Counting.totals(List.of(
                position(1, 1, GroupKind.SHARED, WorkloadType.KIEM_NHIEM, LeadershipRole.NONE, "01.004", new Headcount(1, 0, 0, 0)),
                position(2, 1, GroupKind.SHARED, WorkloadType.MOT_NGUOI, LeadershipRole.NONE, "01.003", new Headcount(1, 0, 0, 0))));
        assertEquals(2, t.positions());
        assertEquals(1, t.headcount().cbcc(), "the concurrent holder is counted in the other position only");
    }

    @Test
    void contractWorkersAreNeverBienChe() {
        Totals t = Counting.totals(List.of(
                position(1, 1, GroupKind.SUPPORT, WorkloadType.NHIEU_NGUOI, LeadershipRole.NONE, null, new Headcount(0, 0, 3, 0)),
                position(2, 1, GroupKind.SPECIALISED, WorkloadType.NHIEU_NGUOI, LeadershipRole.NONE, null, new Headcount(2, 5, 0, 0))));
        assertEquals(7, t.bienChe());
        assertEquals(3, t.headcount().hopDong());
        assertEquals(10, t.headcount().total());
    }

    @Test
    void subtreeTotalsRollUpFromChildren() {
        AgencyTree tree = new AgencyTree(List.of(
                new Agency(1L, "R", "Tỉnh ủy", null, AgencyKind.GROUPING, AdminLevel.PROVINCE, Bloc.PARTY_FRONT, null, null, null, 0),
                new Agency(2L, "A", "Ban Tổ chức", null, AgencyKind.PARTY, AdminLevel.PROVINCE, Bloc.PARTY_FRONT, 1L, null, null, 0),
                new Agency(3L, "B", "Huyện ủy", null, AgencyKind.GROUPING, AdminLevel.DISTRICT, Bloc.PARTY_FRONT, 1L, null, null, 1),
                new Agency(4L, "C", "Ban Tổ chức Huyện ủy", null, AgencyKind.PARTY, AdminLevel.DISTRICT, Bloc.PARTY_FRONT, 3L, null, null, 0)));
        List<Position> ps = List.of(
                position(1, 2, GroupKind.SPECIALISED, WorkloadType.NHIEU_NGUOI, LeadershipRole.NONE, null, new Headcount(6, 0, 0, 0)),
                position(2, 4, GroupKind.SPECIALISED, WorkloadType.NHIEU_NGUOI, LeadershipRole.NONE, null, new Headcount(3, 0, 1, 0)));
        assertEquals(9, Counting.totalsOfSubtree(ps, tree, 1).bienChe());
        assertEquals(3, Counting.totalsOfSubtree(ps, tree, 3).bienChe());
        assertEquals(0, Counting.totalsOfSubtree(ps, tree, 3).headcount().cbcc() - 3);
        assertEquals(List.of("Tỉnh ủy", "Huyện ủy", "Ban Tổ chức Huyện ủy"), tree.pathNames(4));
    }

    @Test
    void gradeStructureLeavesLeadersOutOfCountAndDenominator() {
        Map<String, Grade> grades = Map.of(
                "01.002", new Grade("01.002", "Chuyên viên chính", GradeTier.CVC, "Hành chính", GradeKind.NGACH, null, null, "x"),
                "01.003", new Grade("01.003", "Chuyên viên", GradeTier.CV, "Hành chính", GradeKind.NGACH, null, null, "x"));
        Map<GradeTier, Integer> structure = Counting.gradeStructure(List.of(
                position(1, 1, GroupKind.LEADERSHIP, WorkloadType.MOT_NGUOI, LeadershipRole.CAP_TRUONG, "01.002", new Headcount(1, 0, 0, 0)),
                position(2, 1, GroupKind.SPECIALISED, WorkloadType.NHIEU_NGUOI, LeadershipRole.NONE, "01.002", new Headcount(2, 0, 0, 0)),
                position(3, 1, GroupKind.SPECIALISED, WorkloadType.NHIEU_NGUOI, LeadershipRole.NONE, "01.003", new Headcount(6, 0, 0, 0))),
                grades::get, StaffCategory.CBCC);
        assertEquals(2, structure.get(GradeTier.CVC));
        assertEquals(6, structure.get(GradeTier.CV));
        assertEquals(8, Counting.sum(structure));
        assertEquals(new BigDecimal("0.250000"), Counting.share(2, 8));
    }

    @ParameterizedTest(name = "{0} → {1}, cut {2}: need {3}, meets={4}, short {5}")
    @CsvSource({
            // Hậu Giang CBCC: 30 of 598 ≥ ceil(29.9) = 30
            "598, 568, 0.05, 30, true, 0",
            // Hậu Giang VC: 10 of 102 < ceil(10.2) = 11, one short
            "102, 92, 0.10, 11, false, 1",
            "102, 91, 0.10, 11, true, 0",
            // exact decimals: 5% of 600 is 30 people, not 31
            "600, 570, 0.05, 30, true, 0",
            "600, 571, 0.05, 30, false, 1",
            // Đức Phổ Party–Front bloc 72 → 69
            "72, 69, 0.05, 4, false, 1"
    })
    void reductionAgainstBaselineRoundsTheTargetUp(int baseline, int proposed, String rate, int required, boolean meets, int shortfall) {
        Reduction r = Counting.reduction(baseline, proposed);
        BigDecimal target = new BigDecimal(rate);
        assertEquals(baseline - proposed, r.people());
        assertEquals(required, r.requiredPeople(target, RoundingRule.CEILING));
        assertEquals(meets, r.meets(target, RoundingRule.CEILING));
        assertEquals(shortfall, r.shortfall(target, RoundingRule.CEILING));
    }

    @Test
    void halfUpRoundingIsAPackOption() {
        Reduction vc = Counting.reduction(102, 92);
        assertEquals(10, vc.requiredPeople(new BigDecimal("0.10"), RoundingRule.HALF_UP));
        assertTrue(vc.meets(new BigDecimal("0.10"), RoundingRule.HALF_UP));
        assertFalse(vc.meets(new BigDecimal("0.10"), RoundingRule.CEILING));
        assertEquals(new BigDecimal("0.098039"), vc.rate());
    }

    @Test
    void negativeHeadcountIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Headcount(-1, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Quota(null, 1, 2024, StaffCategory.CBCC, -5, null, null, null, false));
    }
}
