package vn.vtvlstudio.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vtvlstudio.domain.AdminLevel;
import vn.vtvlstudio.domain.AgencyKind;
import vn.vtvlstudio.domain.Bloc;
import vn.vtvlstudio.domain.GroupKind;
import vn.vtvlstudio.domain.OrgUnitKind;
import vn.vtvlstudio.domain.Position;
import vn.vtvlstudio.domain.StaffCategory;

/** The thresholds of the shipped packs at their edges. */
class BoundaryTest {

    private static List<Finding> findings(SchemeBuilder b, String ruleId) {
        return RuleEngine.check(b.snapshot(), ShippedPacks.pack(b.regimeCode), Map.of()).stream()
                .filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    @ParameterizedTest(name = "{0} of {1} professional → finding: {2}")
    @CsvSource({"649, 1000, true", "650, 1000, false", "13, 20, false", "12, 20, true"})
    void professionalShareAt65Percent(int professional, int total, boolean fires) {
        SchemeBuilder b = new SchemeBuilder("VC_ND106_2020", 2026);
        long unit = b.agency("Bệnh viện tỉnh", AgencyKind.PUBLIC_SERVICE, AdminLevel.PROVINCE, Bloc.PUBLIC_SERVICE, null);
        b.position(unit, "Bác sĩ").grade("V.07.01.03").cbcc(0).vc(professional).add();
        b.position(unit, "Hộ lý").group(GroupKind.SUPPORT).grade("V.01.02.02").cbcc(0).vc(total - professional).add();
        assertEquals(fires ? 1 : 0, findings(b, "PROFESSIONAL_SHARE").size());
    }

    @ParameterizedTest(name = "VC cut {0} of 102 → shortfall {1}")
    @CsvSource({"9, 2", "10, 1", "11, 0"})
    void publicEmployeeCutOf102(int cut, int shortfall) {
        SchemeBuilder b = partyWithBaseline(StaffCategory.VIEN_CHUC, 102, 102 - cut);
        List<Finding> found = findings(b, "REDUCTION_TARGET");
        assertEquals(shortfall == 0 ? 0 : 1, found.size());
        if (shortfall > 0) {
            assertEquals(11, found.get(0).values().get("required"));
            assertEquals(shortfall, found.get(0).values().get("shortfall"));
        }
    }

    @ParameterizedTest(name = "CBCC {0} → {1}: finding {2}")
    @CsvSource({"598, 568, false", "598, 569, true", "600, 570, false", "600, 571, true"})
    void civilServantCutOf5Percent(int baseline, int proposed, boolean fires) {
        // ceil(5% × 598) = ceil(29,9) = 30; ceil(5% × 600) = 30 exactly, not 31.
        SchemeBuilder b = partyWithBaseline(StaffCategory.CBCC, baseline, proposed);
        List<Finding> found = findings(b, "REDUCTION_TARGET");
        assertEquals(fires ? 1 : 0, found.size());
        if (fires) {
            assertEquals(30, found.get(0).values().get("required"));
        }
    }

    @ParameterizedTest(name = "{1} deputies in an office of {0} → finding: {2}")
    @CsvSource({"15, 3, false", "15, 4, true", "9, 1, false", "9, 2, true"})
    void deputiesUnderNd370(int staff, int deputies, boolean fires) {
        SchemeBuilder b = new SchemeBuilder("CC_ND361_2025", 2026);
        long dept = b.agency("Sở Tài chính", AgencyKind.ADMINISTRATIVE, AdminLevel.PROVINCE, Bloc.GOVERNMENT, null);
        long office = b.unit(dept, "Phòng Ngân sách", OrgUnitKind.PHONG);
        Position officer = b.position(dept, "Chuyên viên ngân sách").unit(office).group(GroupKind.PROFESSIONAL)
                .cbcc(staff - deputies - 1).add();
        b.position(dept, "Trưởng phòng").unit(office).head(officer.id()).cbcc(1).add();
        b.position(dept, "Phó Trưởng phòng").unit(office).deputy(officer.id()).cbcc(deputies).add();
        List<Finding> found = findings(b, "DEPUTY_LIMIT");
        assertEquals(fires ? 1 : 0, found.size());
        if (fires) {
            assertEquals(staff, found.get(0).values().get("staff"));
        }
    }

    @ParameterizedTest(name = "{0}: {1} CVC of 10 → finding: {2}")
    @CsvSource({"CC_ND62_2020, 4, false", "CC_ND62_2020, 5, true", "CC_ND361_2025, 5, false", "CC_ND361_2025, 6, true"})
    void principalOfficerShareAtTheCap(String regime, int principal, boolean fires) {
        SchemeBuilder b = new SchemeBuilder(regime, 2026);
        long dept = b.agency("Sở Xây dựng", AgencyKind.ADMINISTRATIVE, AdminLevel.PROVINCE, Bloc.GOVERNMENT, null);
        GroupKind group = regime.equals("CC_ND361_2025") ? GroupKind.PROFESSIONAL : GroupKind.SPECIALISED;
        Position senior = b.position(dept, "Chuyên viên chính").group(group).grade("01.002").cbcc(principal).add();
        b.position(dept, "Chuyên viên").group(group).grade("01.003").cbcc(10 - principal).add();
        // Leaders are left out of the denominator: a CVCC director does not change the share.
        b.position(dept, "Giám đốc Sở").head(senior.id()).grade("01.002").cbcc(1).add();
        assertEquals(fires ? 1 : 0, findings(b, "GRADE_CAP").size());
    }

    /** A Party scheme whose root has one baseline quota and one position taking {@code proposed} people. */
    static SchemeBuilder partyWithBaseline(StaffCategory category, int baseline, int proposed) {
        SchemeBuilder b = new SchemeBuilder("PARTY_FRONT", 2026);
        long root = b.agency("Các cơ quan Đảng, MTTQ và đoàn thể tỉnh Hậu Giang", AgencyKind.PARTY, AdminLevel.PROVINCE, Bloc.PARTY_FRONT, null);
        b.position(root, "Chuyên viên").grade(category == StaffCategory.CBCC ? "01.003" : "V.07.01.03")
                .people(vn.vtvlstudio.domain.Headcount.of(category, proposed)).add();
        b.quota(root, 2022, category, baseline, true);
        return b;
    }
}
