package vn.vtvlstudio.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.vtvlstudio.domain.AdminLevel;
import vn.vtvlstudio.domain.Agency;
import vn.vtvlstudio.domain.AgencyKind;
import vn.vtvlstudio.domain.Bloc;
import vn.vtvlstudio.domain.Competency;
import vn.vtvlstudio.domain.CompetencyGroup;
import vn.vtvlstudio.domain.CompetencyRequirement;
import vn.vtvlstudio.domain.DeputyLimit;
import vn.vtvlstudio.domain.Grade;
import vn.vtvlstudio.domain.GradeKind;
import vn.vtvlstudio.domain.GradeTier;
import vn.vtvlstudio.domain.GroupKind;
import vn.vtvlstudio.domain.Headcount;
import vn.vtvlstudio.domain.JobDescription;
import vn.vtvlstudio.domain.JobTask;
import vn.vtvlstudio.domain.LeadershipRole;
import vn.vtvlstudio.domain.LegalReference;
import vn.vtvlstudio.domain.OrgUnit;
import vn.vtvlstudio.domain.OrgUnitKind;
import vn.vtvlstudio.domain.Position;
import vn.vtvlstudio.domain.Quota;
import vn.vtvlstudio.domain.Regime;
import vn.vtvlstudio.domain.Requirements;
import vn.vtvlstudio.domain.Scheme;
import vn.vtvlstudio.domain.SchemeSnapshot;
import vn.vtvlstudio.domain.SchemeStatus;
import vn.vtvlstudio.domain.StaffCategory;
import vn.vtvlstudio.domain.WorkloadType;

/**
 * Builds scheme snapshots by hand for the tests: agencies, units, positions (each with a complete job description
 * and competency framework unless told otherwise), quotas, and the reference data of V2 that the rules need.
 */
final class SchemeBuilder {

    static final long SCHEME_ID = 1;
    static final long GENERAL = 1;
    static final long PROFESSIONAL = 2;
    static final long MANAGEMENT = 3;

    final String regimeCode;
    final int year;
    /** Decision date of the scheme; null means 1 January of {@link #year} for the checks. */
    LocalDate decisionDate;
    private long nextId = 100;
    final List<Agency> agencies = new ArrayList<>();
    final List<OrgUnit> units = new ArrayList<>();
    final List<Position> positions = new ArrayList<>();
    final List<Quota> quotas = new ArrayList<>();
    final List<JobDescription> descriptions = new ArrayList<>();
    final List<CompetencyRequirement> requirements = new ArrayList<>();

    SchemeBuilder(String regimeCode, int year) {
        this.regimeCode = regimeCode;
        this.year = year;
    }

    long agency(String name, AgencyKind kind, AdminLevel level, Bloc bloc, Long parentId) {
        long id = nextId++;
        agencies.add(new Agency(id, "A" + id, name, null, kind, level, bloc, parentId, "I", null, agencies.size()));
        return id;
    }

    long unit(long agencyId, String name, OrgUnitKind kind) {
        long id = nextId++;
        units.add(new OrgUnit(id, agencyId, "U" + id, name, kind, units.size()));
        return id;
    }

    void quota(long agencyId, int quotaYear, StaffCategory category, int amount, boolean baseline) {
        quotas.add(new Quota(nextId++, agencyId, quotaYear, category, amount, "QĐ " + quotaYear, null, "UBND", baseline));
    }

    PositionSpec position(long agencyId, String name) {
        return new PositionSpec(agencyId, name);
    }

    /** Replaces a position (same id) by another version. */
    void replace(Position changed) {
        positions.replaceAll(p -> p.id().equals(changed.id()) ? changed : p);
    }

    SchemeSnapshot snapshot() {
        return snapshot(positions);
    }

    SchemeSnapshot snapshot(List<Position> withPositions) {
        Scheme scheme = new Scheme(SCHEME_ID, agencies.get(0).id(), "Đề án thử", regimeCode, year, SchemeStatus.DRAFT, 1,
                null, decisionDate, false, null);
        Regime regime = new Regime(regimeCode, regimeCode, regimeCode, "CBCC", "", List.of(), null, null, true, List.of());
        return new SchemeSnapshot(scheme, regime, agencies, units, withPositions, quotas, descriptions, requirements,
                competencies(), grades(), legalReferences(), deputyLimits());
    }

    /** A fluent position: defaults to one person, group SPECIALISED, grade 01.003 (chuyên viên), 1 CBCC. */
    final class PositionSpec {
        private final long agencyId;
        private final String name;
        private Long unitId;
        private String code;
        private GroupKind group = GroupKind.SPECIALISED;
        private WorkloadType workload = WorkloadType.MOT_NGUOI;
        private LeadershipRole role = LeadershipRole.NONE;
        private Long linked;
        private String grade = "01.003";
        private Integer stepMin;
        private Integer stepMax;
        private Headcount headcount = Headcount.of(StaffCategory.CBCC, 1);
        private String framework;
        private boolean description = true;
        private boolean competencies = true;

        PositionSpec(long agencyId, String name) {
            this.agencyId = agencyId;
            this.name = name;
        }

        PositionSpec unit(long id) { unitId = id; return this; }
        PositionSpec code(String c) { code = c; return this; }
        PositionSpec group(GroupKind g) { group = g; return this; }
        PositionSpec concurrent() { workload = WorkloadType.KIEM_NHIEM; headcount = Headcount.ZERO; return this; }
        PositionSpec workload(WorkloadType w) { workload = w; return this; }
        PositionSpec head(long linkedTo) { role = LeadershipRole.CAP_TRUONG; group = GroupKind.LEADERSHIP; linked = linkedTo; return this; }
        PositionSpec deputy(long linkedTo) { role = LeadershipRole.CAP_PHO; group = GroupKind.LEADERSHIP; linked = linkedTo; return this; }
        PositionSpec linked(Long id) { linked = id; return this; }
        PositionSpec grade(String g) { grade = g; return this; }
        PositionSpec steps(Integer min, Integer max) { stepMin = min; stepMax = max; return this; }
        PositionSpec cbcc(int n) { headcount = headcount.with(StaffCategory.CBCC, n); return this; }
        PositionSpec vc(int n) { headcount = headcount.with(StaffCategory.VIEN_CHUC, n); return this; }
        PositionSpec hd(int n) { headcount = headcount.with(StaffCategory.HOP_DONG, n); return this; }
        PositionSpec people(Headcount h) { headcount = h; return this; }
        PositionSpec framework(String ref) { framework = ref; return this; }
        PositionSpec noDescription() { description = false; return this; }
        PositionSpec noCompetencies() { competencies = false; return this; }

        Position add() {
            long id = nextId++;
            if (workload == WorkloadType.MOT_NGUOI && headcount.total() > 1) {
                workload = WorkloadType.NHIEU_NGUOI;
            }
            String c = code == null ? "VT" + id : code;
            Position p = new Position(id, SCHEME_ID, c, name, group, agencyId, unitId, workload, role, linked, grade,
                    stepMin, stepMax, headcount, framework == null ? "KHUNG-" + id : framework, null, positions.size());
            positions.add(p);
            if (description) {
                descriptions.add(new JobDescription(id, "Tham mưu về " + name,
                        List.of(new JobTask(1, "Nghiên cứu, đề xuất", "Báo cáo", "Đúng hạn, đạt chất lượng")),
                        "Các phòng", "Các sở", "Đề xuất", "Văn phòng",
                        new Requirements("Đại học trở lên", null, "2 năm", "Trung thực", "Tin học cơ bản")));
            }
            if (competencies) {
                requirements.add(new CompetencyRequirement(id, GENERAL, 3));
                requirements.add(new CompetencyRequirement(id, PROFESSIONAL, 3));
                if (p.isLeadership()) {
                    requirements.add(new CompetencyRequirement(id, MANAGEMENT, 4));
                }
            }
            return p;
        }
    }

    static List<Competency> competencies() {
        return List.of(
                new Competency(GENERAL, "CHUNG_TO_CHUC", CompetencyGroup.GENERAL, "Tổ chức thực hiện công việc", null, Map.of(), null),
                new Competency(PROFESSIONAL, "CM_TO_CHUC", CompetencyGroup.PROFESSIONAL, "Công tác tổ chức cán bộ", null, Map.of(), null),
                new Competency(MANAGEMENT, "QL_DIEU_HANH", CompetencyGroup.MANAGEMENT, "Điều hành", null, Map.of(), null));
    }

    static List<Grade> grades() {
        LocalDate from = LocalDate.of(2003, 1, 1);
        return List.of(
                new Grade("01.001", "Chuyên viên cao cấp", GradeTier.CVCC, "Hành chính", GradeKind.NGACH, from, null, "TT 13/2022"),
                new Grade("01.002", "Chuyên viên chính", GradeTier.CVC, "Hành chính", GradeKind.NGACH, from, null, "TT 13/2022"),
                new Grade("01.003", "Chuyên viên", GradeTier.CV, "Hành chính", GradeKind.NGACH, from, null, "TT 13/2022"),
                new Grade("01.004", "Cán sự", GradeTier.CAN_SU, "Hành chính", GradeKind.NGACH, from, null, "TT 13/2022"),
                new Grade("01.005", "Nhân viên", GradeTier.NHAN_VIEN, "Hành chính", GradeKind.NGACH, from, null, "TT 13/2022"),
                new Grade("02.007", "Văn thư viên", GradeTier.CV, "Văn thư", GradeKind.NGACH, LocalDate.of(2021, 7, 1), null, "TT 02/2021"),
                new Grade("06.031", "Kế toán viên", GradeTier.CV, "Kế toán", GradeKind.NGACH, LocalDate.of(2022, 1, 1), null, "TT 29/2022"),
                new Grade("09.999", "Ngạch đã bãi bỏ", GradeTier.CV, "Thử", GradeKind.NGACH, from, LocalDate.of(2020, 12, 31), "thử"),
                new Grade("V.07.01.02", "Giảng viên chính (hạng II)", GradeTier.HANG_II, "Giáo dục", GradeKind.CDNN, LocalDate.of(2020, 1, 1), null, "TT 40/2020"),
                new Grade("V.07.01.03", "Giảng viên (hạng III)", GradeTier.HANG_III, "Giáo dục", GradeKind.CDNN, LocalDate.of(2020, 1, 1), null, "TT 40/2020"),
                new Grade("V.06.031", "Kế toán viên (viên chức, hạng III)", GradeTier.HANG_III, "Kế toán", GradeKind.CDNN, LocalDate.of(2022, 1, 1), null, "TT 29/2022"),
                new Grade("V.01.02.02", "Văn thư viên (viên chức)", GradeTier.HANG_III, "Văn thư", GradeKind.CDNN, LocalDate.of(2021, 7, 1), null, "TT 02/2021"));
    }

    static List<LegalReference> legalReferences() {
        return List.of(
                ref("KL28_2022", "28-KL/TW", LocalDate.of(2022, 2, 21)),
                ref("KL40_2022", "40-KL/TW", LocalDate.of(2022, 7, 18)),
                ref("ND62_2020", "62/2020/NĐ-CP", LocalDate.of(2020, 6, 1)),
                ref("ND106_2020", "106/2020/NĐ-CP", LocalDate.of(2020, 9, 10)),
                ref("ND107_2020", "107/2020/NĐ-CP", LocalDate.of(2020, 9, 14)),
                ref("ND111_2022", "111/2022/NĐ-CP", LocalDate.of(2022, 12, 30)),
                ref("TT12_2022", "12/2022/TT-BNV", LocalDate.of(2022, 12, 30)),
                ref("TT13_2022", "13/2022/TT-BNV", LocalDate.of(2022, 12, 31)),
                ref("TT04_2024", "04/2024/TT-BNV", LocalDate.of(2024, 6, 27)),
                ref("CV64_2024", "64/BNV", LocalDate.of(2024, 1, 1)),
                ref("ND45_2025", "45/2025/NĐ-CP", LocalDate.of(2025, 2, 28)),
                ref("ND150_2025", "150/2025/NĐ-CP", LocalDate.of(2025, 6, 12)),
                ref("ND370_2025", "370/2025/NĐ-CP", LocalDate.of(2025, 12, 31)),
                ref("LUAT80_2025", "80/2025/QH15", LocalDate.of(2025, 6, 24)),
                ref("ND361_2025", "361/2025/NĐ-CP", LocalDate.of(2025, 12, 31)),
                ref("ND232_2026", "232/2026/NĐ-CP", LocalDate.of(2026, 6, 1)),
                ref("ND235_2026", "235/2026/NĐ-CP", LocalDate.of(2026, 6, 1)),
                ref("HD01_2023_HG", "01-HD/BCĐ", LocalDate.of(2023, 9, 26)));
    }

    private static LegalReference ref(String code, String number, LocalDate issued) {
        return new LegalReference(null, code, number, issued, null, "", issued, null, true);
    }

    static List<DeputyLimit> deputyLimits() {
        LocalDate from370 = LocalDate.of(2026, 1, 1);
        LocalDate from107 = LocalDate.of(2020, 11, 1);
        LocalDate to107 = LocalDate.of(2025, 6, 30);
        return List.of(
                new DeputyLimit(1L, "ND370_2025", "PHONG", null, 0, 9, 1, "ND370_2025", from370, null, "Phòng thuộc sở dưới 10 biên chế: 01 cấp phó"),
                new DeputyLimit(2L, "ND370_2025", "PHONG", null, 10, 14, 2, "ND370_2025", from370, null, "Phòng thuộc sở từ 10 đến 14 biên chế: không quá 02 cấp phó"),
                new DeputyLimit(3L, "ND370_2025", "PHONG", null, 15, null, 3, "ND370_2025", from370, null, "Phòng thuộc sở từ 15 biên chế trở lên: không quá 03 cấp phó"),
                new DeputyLimit(4L, "ND107_2020", "PHONG", "I", 0, 9, 1, "ND107_2020", from107, to107, "tỉnh loại I dưới 10 biên chế: 01 phó"),
                new DeputyLimit(5L, "ND107_2020", "PHONG", "I", 10, 14, 2, "ND107_2020", from107, to107, "tỉnh loại I 10–14 biên chế: 02 phó"),
                new DeputyLimit(6L, "ND107_2020", "PHONG", "I", 15, null, 3, "ND107_2020", from107, to107, "tỉnh loại I từ 15 biên chế: 03 phó"));
    }
}
