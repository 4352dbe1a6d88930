package vn.vtvlstudio.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.vtvlstudio.domain.GroupKind;
import vn.vtvlstudio.domain.OrgUnitKind;
import vn.vtvlstudio.domain.Position;
import vn.vtvlstudio.domain.StaffCategory;
import vn.vtvlstudio.domain.WorkloadType;

/** For every rule: a clean scheme broken in exactly one place gives exactly that one finding. */
class BreakOnceTest {

    private static Finding only(String ruleId, SchemeBuilder b) {
        List<Finding> findings = RuleEngine.check(b.snapshot(), ShippedPacks.pack(b.regimeCode), Map.of());
        assertEquals(1, findings.size(), () -> "expected one " + ruleId + " finding, got " + findings);
        Finding f = findings.get(0);
        assertEquals(ruleId, f.ruleId());
        assertFalse(f.messageVi().isBlank());
        assertFalse(f.messageEn().isBlank());
        return f;
    }

    @Test
    void quotaExceeded() {
        CleanSchemes.Party s = CleanSchemes.party();
        s.b.replace(Edit.of(s.organiser).people(StaffCategory.CBCC, 9).done());
        Finding f = only("QUOTA_EXCEEDED", s.b);
        assertEquals("AGENCY", f.targetKind());
        assertEquals("Tỉnh ủy Hậu Giang › Ban Tổ chức Tỉnh ủy", f.target());
        assertEquals(13, f.values().get("proposed"));
        assertEquals(12, f.values().get("quota"));
        assertEquals("Cán bộ, công chức: đề xuất 13 > biên chế được giao năm 2026 là 12; vượt 1. Căn cứ: Kết luận 40-KL/TW.", f.messageVi());
    }

    @Test
    void quotaOfChildrenAboveParent() {
        CleanSchemes.Party s = CleanSchemes.party();
        s.b.quotas.removeIf(q -> q.agencyId() == s.district && q.year() == 2026);
        s.b.quota(s.district, 2026, StaffCategory.CBCC, 7, false);
        Finding f = only("QUOTA_EXCEEDED", s.b);
        assertEquals(19, f.values().get("childrenQuota"));
        assertEquals(18, f.values().get("quota"));
    }

    @Test
    void reductionTarget() {
        CleanSchemes.Party s = CleanSchemes.party();
        s.b.quotas.removeIf(q -> q.baseline() && q.category() == StaffCategory.VIEN_CHUC);
        s.b.quota(s.root, 2022, StaffCategory.VIEN_CHUC, 5, true);
        Finding f = only("REDUCTION_TARGET", s.b);
        assertEquals(1, f.values().get("shortfall"));
    }

    @Test
    void professionalShare() {
        CleanSchemes.PublicService s = CleanSchemes.publicService("VC_ND106_2020");
        s.b.replace(Edit.of(s.lecturer).group(GroupKind.SUPPORT).done());
        Finding f = only("PROFESSIONAL_SHARE", s.b);
        assertEquals(2, f.values().get("professional"));
        assertEquals(15, f.values().get("total"));
    }

    @Test
    void gradeCap() {
        CleanSchemes.Civil s = CleanSchemes.civil("CC_ND62_2020");
        s.b.replace(Edit.of(s.officer).grade("01.002").done());
        Finding f = only("GRADE_CAP", s.b);
        assertEquals(10, f.values().get("count"));
        assertEquals(14, f.values().get("total"));
        assertEquals(5, f.values().get("allowed"));
    }

    @Test
    void stepCap() {
        CleanSchemes.PublicService s = CleanSchemes.publicService("VC_ND232_2026");
        Position accountant = s.b.positions.stream().filter(p -> p.name().equals("Kế toán")).findFirst().orElseThrow();
        s.b.replace(Edit.of(accountant).steps(3, 5).done());
        Finding f = only("STEP_CAP", s.b);
        assertEquals(0, f.values().get("allowedAtTop"));
    }

    @Test
    void deputyLimit() {
        CleanSchemes.Civil s = CleanSchemes.civil("CC_ND361_2025");
        Position deputy = s.b.positions.stream().filter(p -> p.name().equals("Phó Trưởng phòng Công chức, viên chức")).findFirst().orElseThrow();
        s.b.replace(Edit.of(s.officer).people(StaffCategory.CBCC, 6).done());
        s.b.replace(Edit.of(deputy).people(StaffCategory.CBCC, 3).done());
        Finding f = only("DEPUTY_LIMIT", s.b);
        assertEquals("UNIT", f.targetKind());
        assertEquals(3, f.values().get("deputies"));
        assertEquals(2, f.values().get("allowed"));
        assertEquals(13, f.values().get("staff"));
    }

    @Test
    void unitMinimum() {
        CleanSchemes.Civil s = CleanSchemes.civil("CC_ND361_2025");
        s.b.replace(Edit.of(s.officer).people(StaffCategory.CBCC, 6).done());
        long inspection = s.b.unit(s.department, "Phòng Thanh tra", OrgUnitKind.PHONG);
        s.b.position(s.department, "Thanh tra viên").unit(inspection).group(GroupKind.PROFESSIONAL).cbcc(1).add();
        Finding f = only("UNIT_MINIMUM", s.b);
        assertEquals(1, f.values().get("staff"));
        assertEquals(7, f.values().get("minimum"));
    }

    @Test
    void leaderHoldsProfessional() {
        CleanSchemes.Party s = CleanSchemes.party();
        Position head = s.b.positions.stream().filter(p -> p.name().equals("Trưởng ban")).findFirst().orElseThrow();
        s.b.replace(Edit.of(head).linked(null).done());
        only("LEADER_HOLDS_PROFESSIONAL", s.b);
    }

    @Test
    void noSeniorAtDistrict() {
        CleanSchemes.Party s = CleanSchemes.party();
        s.b.replace(Edit.of(s.districtClerk).grade("01.002").done());
        Finding f = only("NO_SENIOR_AT_DISTRICT", s.b);
        assertTrue(f.target().endsWith("Văn phòng Huyện ủy › Chuyên viên văn phòng"), f.target());
    }

    @Test
    void noBudgetContractInPartyAdvisory() {
        CleanSchemes.Party s = CleanSchemes.party();
        s.b.replace(Edit.of(s.districtClerk).people(StaffCategory.HOP_DONG, 1).done());
        only("NO_BUDGET_CONTRACT_IN_PARTY_ADVISORY", s.b);
    }

    @Test
    void supportIsContract() {
        CleanSchemes.Party s = CleanSchemes.party();
        Position driver = s.b.positions.stream().filter(p -> p.name().equals("Lái xe")).findFirst().orElseThrow();
        s.b.replace(Edit.of(s.organiser).people(StaffCategory.CBCC, 7).done());
        s.b.replace(Edit.of(driver).people(StaffCategory.CBCC, 1).done());
        Finding f = only("SUPPORT_IS_CONTRACT", s.b);
        assertEquals(Severity.WARNING, f.severity());
    }

    @Test
    void concurrentHeadcount() {
        CleanSchemes.Party s = CleanSchemes.party();
        Position director = s.b.positions.stream().filter(p -> p.name().equals("Giám đốc Trung tâm")).findFirst().orElseThrow();
        s.b.replace(Edit.of(director).workload(WorkloadType.MOT_NGUOI).done());
        only("CONCURRENT_HEADCOUNT", s.b);
    }

    @Test
    void gradeValid() {
        CleanSchemes.Party s = CleanSchemes.party();
        s.b.replace(Edit.of(s.districtClerk).grade("99.999").done());
        Finding f = only("GRADE_VALID", s.b);
        assertEquals("Mã ngạch 99.999 không có trong danh mục. Căn cứ: Thông tư 13/2022/TT-BNV; Hướng dẫn 01-HD/BCĐ.", f.messageVi());
    }

    @Test
    void gradeValidRejectsAnExpiredGrade() {
        CleanSchemes.Party s = CleanSchemes.party();
        s.b.replace(Edit.of(s.districtClerk).grade("09.999").done());
        Finding f = only("GRADE_VALID", s.b);
        assertTrue(f.messageVi().contains("không còn hiệu lực vào ngày 01/01/2026"), f.messageVi());
    }

    @Test
    void competencyCoverage() {
        CleanSchemes.Party s = CleanSchemes.party();
        s.b.requirements.removeIf(r -> r.positionId() == s.districtClerk.id() && r.competencyId() == SchemeBuilder.PROFESSIONAL);
        Finding f = only("COMPETENCY_COVERAGE", s.b);
        assertEquals(0, f.values().get("professional"));
    }

    @Test
    void descriptionComplete() {
        CleanSchemes.Party s = CleanSchemes.party();
        s.b.descriptions.removeIf(d -> d.positionId() == s.districtClerk.id());
        only("DESCRIPTION_COMPLETE", s.b);
    }

    @Test
    void frameworkConformity() {
        CleanSchemes.Civil s = CleanSchemes.civil("CC_ND361_2025");
        s.b.replace(Edit.of(s.officer).framework("KHUNG-A+KHUNG-B").done());
        only("FRAMEWORK_CONFORMITY", s.b);
    }

    @Test
    void dataSanity() {
        CleanSchemes.Party s = CleanSchemes.party();
        s.b.replace(Edit.of(s.districtClerk).name(" ").done());
        only("DATA_SANITY", s.b);
    }
}
