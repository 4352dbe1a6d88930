package vn.vtvlstudio.dossier;

import java.nio.file.Path;
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
import vn.vtvlstudio.domain.PositionGroup;
import vn.vtvlstudio.domain.Quota;
import vn.vtvlstudio.domain.Regime;
import vn.vtvlstudio.domain.Requirements;
import vn.vtvlstudio.domain.Scheme;
import vn.vtvlstudio.domain.SchemeSnapshot;
import vn.vtvlstudio.domain.SchemeStatus;
import vn.vtvlstudio.domain.StaffCategory;
import vn.vtvlstudio.domain.WorkloadType;
import vn.vtvlstudio.rules.Finding;
import vn.vtvlstudio.rules.Severity;

/**
 * A small hand-built scheme for the dossier tests: two Party agencies of Tỉnh ủy Hậu Giang, five units, 20 positions
 * (one concurrent, contract workers, public employees), quotas 2022 (baseline) and 2026, and three findings.
 * The numbers the tests assert are written out in the comments.
 */
public final class DossierFixtures {

    public static final long SCHEME_ID = 7;
    public static final long ROOT = 10, BTC = 1, UBKT = 2;
    public static final long U_TCCB = 101, U_BVCT = 102, U_VP_BTC = 103, U_KT1 = 201, U_VP_UBKT = 202;

    private DossierFixtures() {
    }

    public static Regime partyRegime() {
        return new Regime("PARTY_FRONT", "Cơ quan Đảng, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội",
                "Party agencies", "PARTY", "", List.of("KL40_2022"), LocalDate.of(2022, 7, 18), null, true,
                List.of(new PositionGroup("PARTY_FRONT", GroupKind.LEADERSHIP, 1, "I", "Vị trí việc làm lãnh đạo, quản lý", ""),
                        new PositionGroup("PARTY_FRONT", GroupKind.SPECIALISED, 2, "II", "Vị trí việc làm nghiệp vụ chuyên môn, chuyên ngành", ""),
                        new PositionGroup("PARTY_FRONT", GroupKind.SHARED, 3, "III", "Vị trí việc làm nghiệp vụ chuyên môn dùng chung", ""),
                        new PositionGroup("PARTY_FRONT", GroupKind.SUPPORT, 4, "IV", "Vị trí việc làm hỗ trợ, phục vụ", "")));
    }

    static List<Grade> grades() {
        LocalDate from = LocalDate.of(2003, 1, 1);
        return List.of(
                new Grade("01.001", "Chuyên viên cao cấp", GradeTier.CVCC, "Hành chính", GradeKind.NGACH, from, null, ""),
                new Grade("01.002", "Chuyên viên chính", GradeTier.CVC, "Hành chính", GradeKind.NGACH, from, null, ""),
                new Grade("01.003", "Chuyên viên", GradeTier.CV, "Hành chính", GradeKind.NGACH, from, null, ""),
                new Grade("01.004", "Cán sự", GradeTier.CAN_SU, "Hành chính", GradeKind.NGACH, from, null, ""),
                new Grade("01.005", "Nhân viên", GradeTier.NHAN_VIEN, "Hành chính", GradeKind.NGACH, from, null, ""),
                new Grade("02.007", "Văn thư viên", GradeTier.CV, "Văn thư", GradeKind.NGACH, from, null, ""),
                new Grade("06.031", "Kế toán viên", GradeTier.CV, "Kế toán", GradeKind.NGACH, from, null, ""),
                new Grade("V.11.01.02", "Biên tập viên hạng II", GradeTier.HANG_II, "Báo chí", GradeKind.CDNN, from, null, ""),
                new Grade("V.11.01.03", "Biên tập viên hạng III", GradeTier.HANG_III, "Báo chí", GradeKind.CDNN, from, null, ""));
    }

    static List<Agency> agencies() {
        return List.of(
                new Agency(ROOT, "TU_HG", "Tỉnh ủy Hậu Giang", "Tỉnh ủy", AgencyKind.GROUPING, AdminLevel.PROVINCE, Bloc.PARTY_FRONT, null, "II", null, 0),
                new Agency(BTC, "BTC_TU", "Ban Tổ chức Tỉnh ủy", "BTC", AgencyKind.PARTY, AdminLevel.PROVINCE, Bloc.PARTY_FRONT, ROOT, "II", null, 1),
                new Agency(UBKT, "UBKT_TU", "Ủy ban Kiểm tra Tỉnh ủy", "UBKT", AgencyKind.PARTY, AdminLevel.PROVINCE, Bloc.PARTY_FRONT, ROOT, "II", null, 2));
    }

    static List<OrgUnit> units() {
        return List.of(
                new OrgUnit(U_TCCB, BTC, "TCCB", "Phòng Tổ chức cán bộ", OrgUnitKind.PHONG, 1),
                new OrgUnit(U_BVCT, BTC, "BVCT", "Phòng Bảo vệ chính trị nội bộ", OrgUnitKind.PHONG, 2),
                new OrgUnit(U_VP_BTC, BTC, "VP", "Văn phòng", OrgUnitKind.VAN_PHONG, 3),
                new OrgUnit(U_KT1, UBKT, "KT1", "Phòng Kiểm tra số 1", OrgUnitKind.PHONG, 1),
                new OrgUnit(U_VP_UBKT, UBKT, "VP", "Văn phòng Ủy ban", OrgUnitKind.VAN_PHONG, 2));
    }

    private static Position p(long id, String code, String name, GroupKind g, long agency, Long unit, WorkloadType w,
                              LeadershipRole role, String grade, int cbcc, int vc, int hd, String note) {
        return new Position(id, SCHEME_ID, code, name, g, agency, unit, w, role, null, grade, null, null,
                new Headcount(cbcc, vc, hd, 0), null, note, (int) id);
    }

    /**
     * 20 positions. Effective headcount: CBCC 32, VC 3, HĐ 4; biên chế 35 (position 9 is concurrent and enters 1
     * CBCC that does not count). Per group: I 10 CBCC (7 positions), II 15 CBCC + 3 VC (6), III 7 CBCC (4), IV 0 + 4 HĐ (3).
     */
    static List<Position> positions() {
        GroupKind L = GroupKind.LEADERSHIP, S = GroupKind.SPECIALISED, C = GroupKind.SHARED, H = GroupKind.SUPPORT;
        WorkloadType one = WorkloadType.MOT_NGUOI, many = WorkloadType.NHIEU_NGUOI, kn = WorkloadType.KIEM_NHIEM;
        LeadershipRole none = LeadershipRole.NONE, head = LeadershipRole.CAP_TRUONG, dep = LeadershipRole.CAP_PHO;
        List<Position> list = new ArrayList<>();
        list.add(p(1, "BTC.01", "Trưởng Ban Tổ chức Tỉnh ủy", L, BTC, null, one, head, "01.001", 1, 0, 0, null));
        list.add(p(2, "BTC.02", "Phó Trưởng Ban Tổ chức Tỉnh ủy", L, BTC, null, many, dep, "01.002", 3, 0, 0, null));
        list.add(p(3, "BTC.03", "Trưởng phòng Tổ chức cán bộ", L, BTC, U_TCCB, one, head, "01.002", 1, 0, 0, null));
        list.add(p(4, "BTC.04", "Phó Trưởng phòng Tổ chức cán bộ", L, BTC, U_TCCB, many, dep, "01.003", 2, 0, 0, "Đề nghị giữ nguyên"));
        list.add(p(5, "BTC.05", "Chuyên viên về tổ chức, bộ máy và biên chế", S, BTC, U_TCCB, many, none, "01.003", 4, 0, 0, null));
        list.add(p(6, "BTC.06", "Chuyên viên về quản lý cán bộ, đảng viên", S, BTC, U_TCCB, many, none, "01.002", 3, 0, 0, null));
        list.add(p(7, "BTC.07", "Chuyên viên về bảo vệ chính trị nội bộ", S, BTC, U_BVCT, many, none, "01.003", 3, 0, 0, null));
        list.add(p(8, "BTC.08", "Biên tập viên Bản tin Tổ chức", S, BTC, U_VP_BTC, many, none, "V.11.01.03", 0, 2, 0, "Viên chức hưởng lương NSNN"));
        list.add(p(9, "BTC.09", "Trưởng phòng Bảo vệ chính trị nội bộ", L, BTC, U_BVCT, kn, head, "01.002", 1, 0, 0, "Phó Trưởng Ban kiêm nhiệm"));
        list.add(p(10, "BTC.10", "Chuyên viên tổng hợp", C, BTC, U_VP_BTC, one, none, "01.003", 1, 0, 0, null));
        list.add(p(11, "BTC.11", "Chuyên viên hành chính – văn thư", C, BTC, U_VP_BTC, one, none, "02.007", 1, 0, 0, null));
        list.add(p(12, "BTC.12", "Kế toán", C, BTC, U_VP_BTC, one, none, "06.031", 1, 0, 0, null));
        list.add(p(13, "BTC.13", "Lái xe", H, BTC, U_VP_BTC, many, none, null, 0, 0, 2, "Hợp đồng theo NĐ 111/2022/NĐ-CP"));
        list.add(p(14, "BTC.14", "Bảo vệ, phục vụ", H, BTC, U_VP_BTC, one, none, null, 0, 0, 1, null));
        list.add(p(15, "UBKT.01", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy", L, UBKT, null, one, head, "01.001", 1, 0, 0, null));
        list.add(p(16, "UBKT.02", "Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy", L, UBKT, null, many, dep, "01.002", 2, 0, 0, null));
        list.add(p(17, "UBKT.03", "Kiểm tra viên về kiểm tra, giám sát đảng viên", S, UBKT, U_KT1, many, none, "01.003", 5, 0, 0, null));
        list.add(p(18, "UBKT.04", "Biên tập viên chính tài liệu kiểm tra", S, UBKT, U_KT1, one, none, "V.11.01.02", 0, 1, 0, null));
        list.add(p(19, "UBKT.05", "Chuyên viên tổng hợp – thi đua", C, UBKT, U_VP_UBKT, many, none, "01.002", 4, 0, 0, null));
        list.add(p(20, "UBKT.06", "Phục vụ", H, UBKT, U_VP_UBKT, one, none, null, 0, 0, 1, null));
        return list;
    }

    static List<Quota> quotas() {
        LocalDate d22 = LocalDate.of(2022, 8, 1), d26 = LocalDate.of(2026, 1, 15);
        return List.of(
                new Quota(1L, BTC, 2022, StaffCategory.CBCC, 22, "120-QĐ/TU", d22, "Tỉnh ủy", true),
                new Quota(2L, BTC, 2022, StaffCategory.VIEN_CHUC, 3, "120-QĐ/TU", d22, "Tỉnh ủy", true),
                new Quota(3L, BTC, 2026, StaffCategory.CBCC, 21, "45-QĐ/TU", d26, "Tỉnh ủy", false),
                new Quota(4L, BTC, 2026, StaffCategory.VIEN_CHUC, 2, "45-QĐ/TU", d26, "Tỉnh ủy", false),
                new Quota(5L, UBKT, 2022, StaffCategory.CBCC, 13, "120-QĐ/TU", d22, "Tỉnh ủy", true),
                new Quota(6L, UBKT, 2022, StaffCategory.VIEN_CHUC, 1, "120-QĐ/TU", d22, "Tỉnh ủy", true),
                new Quota(7L, UBKT, 2026, StaffCategory.CBCC, 12, "45-QĐ/TU", d26, "Tỉnh ủy", false),
                new Quota(8L, UBKT, 2026, StaffCategory.VIEN_CHUC, 1, "45-QĐ/TU", d26, "Tỉnh ủy", false));
    }

    static List<Competency> competencies() {
        return List.of(
                new Competency(1L, "CHUNG_DAO_DUC", CompetencyGroup.GENERAL, "Đạo đức và bản lĩnh chính trị", "",
                        Map.of(3, "Gương mẫu; góp ý, đấu tranh với biểu hiện sai trái trong tập thể.",
                                4, "Định hướng, xây dựng môi trường liêm chính trong đơn vị; bảo vệ quan điểm đúng."), ""),
                new Competency(2L, "CHUNG_SOAN_THAO", CompetencyGroup.GENERAL, "Soạn thảo và ban hành văn bản", "",
                        Map.of(3, "Soạn báo cáo, tờ trình, đề án có phân tích, lập luận chặt chẽ."), ""),
                new Competency(3L, "CM_TCBM", CompetencyGroup.PROFESSIONAL, "Tham mưu về tổ chức bộ máy, biên chế", "",
                        Map.of(3, "Tham mưu độc lập phương án sắp xếp tổ chức bộ máy, xác định biên chế của cơ quan."), ""),
                new Competency(4L, "QL_DIEU_HANH", CompetencyGroup.MANAGEMENT, "Lãnh đạo, điều hành", "",
                        Map.of(4, "Điều hành hoạt động của phòng, phân công và kiểm tra công việc."), ""));
    }

    static List<JobDescription> descriptions() {
        return List.of(
                new JobDescription(5, "Tham mưu cho Trưởng ban về công tác tổ chức bộ máy, biên chế của các cơ quan Đảng, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh.",
                        List.of(new JobTask(1, "Theo dõi, tổng hợp số liệu biên chế của các cơ quan, đơn vị", "Báo cáo số liệu biên chế định kỳ", "Đúng hạn, số liệu chính xác, khớp với quyết định giao biên chế"),
                                new JobTask(2, "Thẩm định đề án vị trí việc làm của các cơ quan, đơn vị trực thuộc", "Văn bản thẩm định", "Đúng quy định; nêu rõ căn cứ và kiến nghị"),
                                new JobTask(3, "Chủ trì xây dựng đề án sắp xếp tổ chức bộ máy", "Dự thảo đề án, tờ trình", "Được Ban Thường vụ thông qua")),
                        "Phối hợp với các phòng trong Ban; báo cáo Trưởng phòng và Lãnh đạo Ban.",
                        "Các cơ quan Đảng, Mặt trận, đoàn thể tỉnh; Sở Nội vụ.",
                        "Được yêu cầu cơ quan, đơn vị cung cấp thông tin, số liệu phục vụ nhiệm vụ.",
                        "Làm việc tại trụ sở; được trang bị máy tính và phần mềm quản lý cán bộ.",
                        new Requirements("Tốt nghiệp đại học trở lên, ngành phù hợp", "Bồi dưỡng ngạch chuyên viên; lý luận chính trị trung cấp",
                                "Từ 3 năm công tác tổ chức xây dựng Đảng", "Trung thực, khách quan, giữ bí mật", "Tin học cơ bản; ngoại ngữ bậc 2")),
                new JobDescription(3, "Lãnh đạo, điều hành Phòng Tổ chức cán bộ hoàn thành nhiệm vụ được giao.",
                        List.of(new JobTask(4, "Điều hành hoạt động của phòng", "Kế hoạch công tác năm, quý", "Hoàn thành 100% nhiệm vụ")),
                        "Chịu sự lãnh đạo của Trưởng ban.", "Các ban, ngành tỉnh.", "Phân công công việc trong phòng.", "",
                        Requirements.EMPTY));
    }

    static List<CompetencyRequirement> requirements() {
        return List.of(new CompetencyRequirement(5, 1, 3), new CompetencyRequirement(5, 2, 3), new CompetencyRequirement(5, 3, 3),
                new CompetencyRequirement(3, 1, 4), new CompetencyRequirement(3, 4, 4));
    }

    static List<LegalReference> legalReferences() {
        return List.of(
                new LegalReference(1L, "KL40_2022", "40-KL/TW", LocalDate.of(2022, 7, 18), "Bộ Chính trị",
                        "Kết luận về nâng cao hiệu quả công tác quản lý biên chế của hệ thống chính trị giai đoạn 2022 - 2026",
                        LocalDate.of(2022, 7, 18), LocalDate.of(2026, 12, 31), true),
                new LegalReference(2L, "ND62_2020", "62/2020/NĐ-CP", LocalDate.of(2020, 6, 1), "Chính phủ",
                        "Nghị định về vị trí việc làm và biên chế công chức", LocalDate.of(2020, 7, 20), null, true),
                new LegalReference(3L, "ND370_2025", "370/2025/NĐ-CP", LocalDate.of(2025, 12, 31), "Chính phủ",
                        "Nghị định sửa đổi quy định về số lượng cấp phó trong cơ quan chuyên môn", LocalDate.of(2026, 1, 1), null, false));
    }

    static List<DeputyLimit> deputyLimits() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        return List.of(
                new DeputyLimit(1L, "ND370_2025", "PHONG", null, 0, 9, 1, "ND370_2025", from, null, "Phòng dưới 10 biên chế: 01 cấp phó"),
                new DeputyLimit(2L, "ND370_2025", "PHONG", null, 10, 14, 2, "ND370_2025", from, null, "Phòng từ 10 đến 14 biên chế: không quá 02 cấp phó"),
                new DeputyLimit(3L, "ND370_2025", "PHONG", null, 15, null, 3, "ND370_2025", from, null, "Phòng từ 15 biên chế: không quá 03 cấp phó"));
    }

    static List<Finding> findings() {
        return List.of(
                new Finding("REDUCTION_TARGET", Severity.ERROR, "AGENCY", UBKT, "Tỉnh ủy Hậu Giang › Ủy ban Kiểm tra Tỉnh ủy",
                        "Viên chức giảm 0 người so với năm 2022 (1 → 1); cần giảm ít nhất 1 người (10% × 1, làm tròn lên).",
                        "VC reduced by 0", "Kết luận 40-KL/TW", Map.of("baseline", 1)),
                new Finding("DEPUTY_LIMIT", Severity.ERROR, "UNIT", U_TCCB, "Ban Tổ chức Tỉnh ủy › Phòng Tổ chức cán bộ",
                        "Phòng có 10 biên chế được tối đa 2 cấp phó; đề xuất 2.", "ok", "NĐ 370/2025/NĐ-CP", Map.of()),
                new Finding("COMPETENCY_COVERAGE", Severity.WARNING, "POSITION", 17, "Ủy ban Kiểm tra Tỉnh ủy › Phòng Kiểm tra số 1 › Kiểm tra viên",
                        "Vị trí chưa có năng lực chuyên môn.", "no professional competency", "TT 12/2022/TT-BNV", Map.of()));
    }

    public static Scheme scheme() {
        return new Scheme(SCHEME_ID, ROOT, "Đề án vị trí việc làm các cơ quan Đảng tỉnh Hậu Giang", "PARTY_FRONT", 2026,
                SchemeStatus.DRAFT, 1, "05-ĐA/TU", LocalDate.of(2026, 3, 2), false, null);
    }

    public static SchemeSnapshot snapshot() {
        return snapshot(positions());
    }

    public static SchemeSnapshot snapshot(List<Position> positions) {
        return new SchemeSnapshot(scheme(), partyRegime(), agencies(), units(), positions, quotas(), descriptions(),
                requirements(), competencies(), grades(), legalReferences(), deputyLimits());
    }

    /** Writes the sample dossier for a person to look at: {@code DossierFixtures /tmp/x/dossier.xlsx}. */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "/tmp/x/dossier.xlsx");
        DossierOptions options = DossierOptions.defaults().withGradeCaps(
                Map.of(GradeTier.CVC, new java.math.BigDecimal("0.40")), "CV 64/BNV");
        new DossierExporter(options).export(snapshot(), findings(), out);
        System.out.println("wrote " + out);
    }
}
