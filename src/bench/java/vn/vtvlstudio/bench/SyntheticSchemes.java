package vn.vtvlstudio.bench;

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
 * A national-scale scheme for benchmarks, the same on every run (no randomness): 34 provinces, each with a Party
 * bloc, a government bloc and public service units (46 agencies, 5 units each), 100,000 positions, 10 competency
 * requirements per position (1,000,000), a job description per position, quotas of the scheme year and the 2022
 * baseline for every agency. Mostly clean, with a sprinkle of faults (about 1 position in 500, 1 agency in 40) so
 * that findings are built and sorted as in real use.
 */
public final class SyntheticSchemes {

    public static final int PROVINCES = 34;
    public static final int POSITIONS = 100_000;
    static final int PARTY_AGENCIES = 6;
    static final int ADMIN_AGENCIES = 25;
    static final int SERVICE_AGENCIES = 15;
    static final int UNITS_PER_AGENCY = 5;
    static final int REQUIREMENTS_PER_POSITION = 10;

    private SyntheticSchemes() {
    }

    /** The national scheme under the given regime (year 2026, baseline 2022). */
    public static SchemeSnapshot national(String regimeCode) {
        List<Agency> agencies = new ArrayList<>();
        List<OrgUnit> units = new ArrayList<>();
        List<Position> positions = new ArrayList<>(POSITIONS);
        List<Quota> quotas = new ArrayList<>();
        List<JobDescription> descriptions = new ArrayList<>(POSITIONS);
        List<CompetencyRequirement> requirements = new ArrayList<>(POSITIONS * REQUIREMENTS_PER_POSITION);
        int agencyCount = PROVINCES * (PARTY_AGENCIES + ADMIN_AGENCIES + SERVICE_AGENCIES);
        int perAgency = (POSITIONS + agencyCount - 1) / agencyCount;

        long nextId = 1;
        long quotaId = 1;
        int made = 0;
        for (int prov = 0; prov < PROVINCES && made < POSITIONS; prov++) {
            long province = nextId++;
            agencies.add(new Agency(province, "T" + prov, "Tỉnh số " + (prov + 1), null, AgencyKind.GROUPING,
                    AdminLevel.PROVINCE, Bloc.GOVERNMENT, null, prov % 3 == 0 ? "I" : "II", null, prov));
            int ordinal = 0;
            for (int k = 0; k < PARTY_AGENCIES + ADMIN_AGENCIES + SERVICE_AGENCIES && made < POSITIONS; k++) {
                AgencyKind kind = k < PARTY_AGENCIES ? AgencyKind.PARTY
                        : k < PARTY_AGENCIES + ADMIN_AGENCIES ? AgencyKind.ADMINISTRATIVE : AgencyKind.PUBLIC_SERVICE;
                Bloc bloc = kind == AgencyKind.PARTY ? Bloc.PARTY_FRONT
                        : kind == AgencyKind.ADMINISTRATIVE ? Bloc.GOVERNMENT : Bloc.PUBLIC_SERVICE;
                long agency = nextId++;
                agencies.add(new Agency(agency, "T" + prov + "-A" + k, name(kind, k) + " tỉnh số " + (prov + 1), null, kind,
                        AdminLevel.PROVINCE, bloc, province, prov % 3 == 0 ? "I" : "II", null, ordinal++));
                StaffCategory category = kind == AgencyKind.PUBLIC_SERVICE ? StaffCategory.VIEN_CHUC : StaffCategory.CBCC;
                long[] unitIds = new long[UNITS_PER_AGENCY];
                for (int u = 0; u < UNITS_PER_AGENCY; u++) {
                    unitIds[u] = nextId++;
                    units.add(new OrgUnit(unitIds[u], agency, "P" + u, u == 0 ? "Văn phòng" : "Phòng nghiệp vụ " + u,
                            u == 0 ? OrgUnitKind.VAN_PHONG : OrgUnitKind.PHONG, u));
                }
                int people = 0;
                long[] firstProfessional = new long[UNITS_PER_AGENCY];
                for (int i = 0; i < perAgency && made < POSITIONS; i++, made++) {
                    int u = i % UNITS_PER_AGENCY;
                    int inUnit = i / UNITS_PER_AGENCY;
                    long id = nextId++;
                    GroupKind group;
                    LeadershipRole role = LeadershipRole.NONE;
                    Long linked = null;
                    String grade;
                    Headcount h;
                    if (inUnit == 0) {
                        group = GroupKind.PROFESSIONAL;
                        grade = "01.002";
                        h = Headcount.of(category, 3);
                        firstProfessional[u] = id;
                    } else if (inUnit == 1) {
                        group = GroupKind.LEADERSHIP;
                        role = LeadershipRole.CAP_TRUONG;
                        linked = firstProfessional[u];
                        grade = "01.002";
                        h = Headcount.of(category, 1);
                    } else if (inUnit == 2) {
                        group = GroupKind.LEADERSHIP;
                        role = LeadershipRole.CAP_PHO;
                        linked = firstProfessional[u];
                        grade = "01.003";
                        h = Headcount.of(category, 2);
                    } else if (inUnit == perAgency / UNITS_PER_AGENCY - 1) {
                        group = GroupKind.SUPPORT;
                        grade = "01.005";
                        h = Headcount.of(StaffCategory.HOP_DONG, 2);
                    } else {
                        group = GroupKind.PROFESSIONAL;
                        grade = "01.003";
                        h = Headcount.of(category, 1 + (int) (id % 2));
                    }
                    // A few faults, spread deterministically.
                    String code = "VT" + id;
                    if (id % 997 == 0) {
                        grade = "99.999";
                    }
                    if (id % 1999 == 0) {
                        code = "VT" + (id - 1);
                    }
                    WorkloadType workload = h.total() > 1 ? WorkloadType.NHIEU_NGUOI : WorkloadType.MOT_NGUOI;
                    positions.add(new Position(id, 1, code, "Vị trí " + id, group, agency, unitIds[u], workload, role,
                            linked, grade, null, null, h, "KHUNG-" + u + "-" + inUnit, null, i));
                    people += h.get(category);
                    if (id % 1009 != 0) {
                        descriptions.add(new JobDescription(id, "Tham mưu, thực hiện nhiệm vụ của vị trí " + id,
                                List.of(new JobTask(1, "Nghiên cứu, đề xuất", "Báo cáo", "Đúng hạn"),
                                        new JobTask(2, "Tổ chức thực hiện", "Kết quả", "Đạt chất lượng")),
                                null, null, null, null, new Requirements("Đại học", null, null, null, null)));
                    }
                    for (int r = 0; r < REQUIREMENTS_PER_POSITION; r++) {
                        long competency = r < 7 ? r + 1 : r < 9 ? 8 + (id + r) % 50 : 58 + id % 10;
                        requirements.add(new CompetencyRequirement(id, competency, 1 + (int) ((id + r) % 5)));
                    }
                }
                int quota = agency % 41 == 0 ? people - 1 : people + 2;
                quotas.add(new Quota(quotaId++, agency, 2026, category, quota, "QĐ", null, "UBND tỉnh", false));
                quotas.add(new Quota(quotaId++, agency, 2022, category, people + people / 10 + 1, "QĐ", null, "UBND tỉnh", true));
            }
        }
        Scheme scheme = new Scheme(1L, agencies.get(0).id(), "Đề án quốc gia (tổng hợp, dữ liệu giả lập)", regimeCode, 2026,
                SchemeStatus.DRAFT, 1, null, null, true, null);
        Regime regime = new Regime(regimeCode, regimeCode, regimeCode, "CBCC", "", List.of(), null, null, false, List.of());
        return new SchemeSnapshot(scheme, regime, agencies, units, positions, quotas, descriptions, requirements,
                competencies(), grades(), legalReferences(), deputyLimits());
    }

    private static String name(AgencyKind kind, int k) {
        return switch (kind) {
            case PARTY -> "Ban Đảng số " + (k + 1);
            case ADMINISTRATIVE -> "Sở số " + (k + 1);
            default -> "Đơn vị sự nghiệp số " + (k + 1);
        };
    }

    static List<Competency> competencies() {
        List<Competency> out = new ArrayList<>();
        for (long id = 1; id <= 67; id++) {
            CompetencyGroup group = id <= 7 ? CompetencyGroup.GENERAL : id <= 57 ? CompetencyGroup.PROFESSIONAL : CompetencyGroup.MANAGEMENT;
            out.add(new Competency(id, "NL" + id, group, "Năng lực " + id, null, Map.of(), null));
        }
        return out;
    }

    static List<Grade> grades() {
        LocalDate from = LocalDate.of(2003, 1, 1);
        return List.of(
                new Grade("01.001", "Chuyên viên cao cấp", GradeTier.CVCC, "Hành chính", GradeKind.NGACH, from, null, "TT 13/2022"),
                new Grade("01.002", "Chuyên viên chính", GradeTier.CVC, "Hành chính", GradeKind.NGACH, from, null, "TT 13/2022"),
                new Grade("01.003", "Chuyên viên", GradeTier.CV, "Hành chính", GradeKind.NGACH, from, null, "TT 13/2022"),
                new Grade("01.004", "Cán sự", GradeTier.CAN_SU, "Hành chính", GradeKind.NGACH, from, null, "TT 13/2022"),
                new Grade("01.005", "Nhân viên", GradeTier.NHAN_VIEN, "Hành chính", GradeKind.NGACH, from, null, "TT 13/2022"));
    }

    static List<LegalReference> legalReferences() {
        return List.of(
                new LegalReference(1L, "KL40_2022", "40-KL/TW", LocalDate.of(2022, 7, 18), "Bộ Chính trị", "", null, null, true),
                new LegalReference(2L, "ND361_2025", "361/2025/NĐ-CP", LocalDate.of(2025, 12, 31), "Chính phủ", "", null, null, false),
                new LegalReference(3L, "LUAT80_2025", "80/2025/QH15", LocalDate.of(2025, 6, 24), "Quốc hội", "", null, null, false),
                new LegalReference(4L, "ND370_2025", "370/2025/NĐ-CP", LocalDate.of(2025, 12, 31), "Chính phủ", "", null, null, false),
                new LegalReference(5L, "ND150_2025", "150/2025/NĐ-CP", LocalDate.of(2025, 6, 12), "Chính phủ", "", null, null, false),
                new LegalReference(6L, "ND45_2025", "45/2025/NĐ-CP", LocalDate.of(2025, 2, 28), "Chính phủ", "", null, null, false),
                new LegalReference(7L, "ND111_2022", "111/2022/NĐ-CP", LocalDate.of(2022, 12, 30), "Chính phủ", "", null, null, true),
                new LegalReference(8L, "TT13_2022", "13/2022/TT-BNV", LocalDate.of(2022, 12, 31), "Bộ Nội vụ", "", null, null, true));
    }

    static List<DeputyLimit> deputyLimits() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        return List.of(
                new DeputyLimit(1L, "ND370_2025", "PHONG", null, 0, 9, 1, "ND370_2025", from, null, "Phòng thuộc sở dưới 10 biên chế: 01 cấp phó"),
                new DeputyLimit(2L, "ND370_2025", "PHONG", null, 10, 14, 2, "ND370_2025", from, null, "Phòng thuộc sở từ 10 đến 14 biên chế: không quá 02 cấp phó"),
                new DeputyLimit(3L, "ND370_2025", "PHONG", null, 15, null, 3, "ND370_2025", from, null, "Phòng thuộc sở từ 15 biên chế trở lên: không quá 03 cấp phó"));
    }
}
