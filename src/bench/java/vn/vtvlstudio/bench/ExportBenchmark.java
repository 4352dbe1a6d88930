package vn.vtvlstudio.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.vtvlstudio.dossier.DossierExporter;
import vn.vtvlstudio.dossier.DossierImporter;
import vn.vtvlstudio.dossier.ImportPreview;
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
 * Dossier export and import at scale, not a test: prints timings and peak heap.
 *
 * <pre>MAVEN_OPTS=-Xmx512m mvn -B -q -o -Pbench compile exec:java -Dbench.main=vn.vtvlstudio.bench.ExportBenchmark</pre>
 *
 * <ul>
 *   <li>export of a 100,000-position scheme (200 agencies, 1,000 units, 1,000 job descriptions, 2,000 findings)
 *       against the floor: raw SXSSF writing the same catalogue and id cells without styles, merges or formulas;</li>
 *   <li>import of a 10,000-row officer's spreadsheet.</li>
 * </ul>
 * Goals: export ≤ 15 s, ≤ 512 MB heap, ≤ 2× the floor; import ≤ 5 s.
 */
public final class ExportBenchmark {

    static final int POSITIONS = 100_000;
    static final int AGENCIES = 200;
    static final int UNITS_PER_AGENCY = 5;
    static final int IMPORT_ROWS = 10_000;
    static final int RUNS = 3;

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "bench"));
        long t0 = System.nanoTime();
        SchemeSnapshot snapshot = snapshot(POSITIONS);
        List<Finding> findings = findings(snapshot);
        System.out.printf("generated %,d positions in %.1f s (max heap %d MB)%n", snapshot.positions().size(),
                (System.nanoTime() - t0) / 1e9, Runtime.getRuntime().maxMemory() >> 20);

        java.lang.management.ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[] ours = new double[RUNS];
        double[] floor = new double[RUNS];
        double[] oursCpu = new double[RUNS];
        double[] floorCpu = new double[RUNS];
        long oursPeak = 0;
        long floorPeak = 0;
        Path out = dir.resolve("dossier-100k.xlsx");
        Path raw = dir.resolve("floor-100k.xlsx");
        for (int i = 0; i < RUNS; i++) {
            resetPeaks();
            long c = cpu.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            new DossierExporter().export(snapshot, findings, out);
            ours[i] = (System.nanoTime() - s) / 1e9;
            oursCpu[i] = (cpu.getCurrentThreadCpuTime() - c) / 1e9;
            oursPeak = Math.max(oursPeak, peakHeap());

            resetPeaks();
            c = cpu.getCurrentThreadCpuTime();
            s = System.nanoTime();
            floor(snapshot, raw);
            floor[i] = (System.nanoTime() - s) / 1e9;
            floorCpu[i] = (cpu.getCurrentThreadCpuTime() - c) / 1e9;
            floorPeak = Math.max(floorPeak, peakHeap());
            System.out.printf("run %d: export %.2f s (cpu %.2f s), floor %.2f s (cpu %.2f s); load average %.1f%n", i + 1,
                    ours[i], oursCpu[i], floor[i], floorCpu[i],
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
        Arrays.sort(ours);
        Arrays.sort(floor);
        Arrays.sort(oursCpu);
        Arrays.sort(floorCpu);
        System.out.printf("export 100k: median %.2f s (best %.2f), %,d KB; floor median %.2f s (best %.2f), %,d KB; ratio %.2f×%n",
                ours[RUNS / 2], ours[0], Files.size(out) >> 10, floor[RUNS / 2], floor[0], Files.size(raw) >> 10,
                ours[RUNS / 2] / floor[RUNS / 2]);
        System.out.printf("export 100k thread cpu: median %.2f s vs floor %.2f s; ratio %.2f×%n",
                oursCpu[RUNS / 2], floorCpu[RUNS / 2], oursCpu[RUNS / 2] / floorCpu[RUNS / 2]);
        System.out.printf("peak heap (after GC pools' peak usage, includes the snapshot): export %d MB, floor %d MB%n",
                oursPeak >> 20, floorPeak >> 20);

        Path sheet = dir.resolve("officer-10k.xlsx");
        officerSheet(sheet, IMPORT_ROWS);
        double[] imp = new double[RUNS];
        double[] impCpu = new double[RUNS];
        int rows = 0;
        for (int i = 0; i < RUNS; i++) {
            long c = cpu.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            ImportPreview p = new DossierImporter().read(sheet);
            imp[i] = (System.nanoTime() - s) / 1e9;
            impCpu[i] = (cpu.getCurrentThreadCpuTime() - c) / 1e9;
            rows = p.positions().size();
            if (!p.ok()) {
                throw new IllegalStateException("benchmark sheet has problems: " + p.problems().subList(0, 3));
            }
        }
        Arrays.sort(imp);
        Arrays.sort(impCpu);
        System.out.printf("import %,d rows: median %.2f s (best %.2f), cpu median %.2f s%n", rows, imp[RUNS / 2], imp[0],
                impCpu[RUNS / 2]);
    }

    // ------------------------------------------------------------------ the floor

    /** The same catalogue and id cells, raw: no styles, no merges, no formulas, no letterhead. */
    static void floor(SchemeSnapshot s, Path file) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(null, 500, false, false);
        try {
            SXSSFSheet cat = wb.createSheet("Danh mục VTVL");
            SXSSFSheet ids = wb.createSheet("_vtvl");
            int r = 0;
            for (Position p : s.positions()) {
                Row row = cat.createRow(r);
                row.createCell(0).setCellValue(r + 1);
                row.createCell(1).setCellValue(p.code());
                row.createCell(2).setCellValue(p.name());
                row.createCell(3).setCellValue(p.group().name());
                row.createCell(4).setCellValue(s.unit(p.unitId()).name());
                row.createCell(5).setCellValue(p.gradeCode() == null ? "" : p.gradeCode());
                row.createCell(6).setCellValue(p.gradeCode() == null ? "" : s.grades().get(p.gradeCode()).name());
                row.createCell(7).setCellValue(p.workloadType().name());
                Headcount h = p.effectiveHeadcount();
                row.createCell(8).setCellValue(h.cbcc());
                row.createCell(9).setCellValue(h.vienChuc());
                row.createCell(10).setCellValue(h.hopDong());
                row.createCell(11).setCellValue(h.bienChe());
                row.createCell(12).setCellValue(p.note() == null ? "" : p.note());
                Row idRow = ids.createRow(r);
                idRow.createCell(0).setCellValue(p.id());
                idRow.createCell(1).setCellValue(p.code());
                idRow.createCell(2).setCellValue(r + 1);
                idRow.createCell(3).setCellValue(p.agencyId());
                idRow.createCell(4).setCellValue(p.unitId());
                r++;
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    // ------------------------------------------------------------------ heap

    static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peak usage since the last reset (an upper bound of the live peak). */
    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    // ------------------------------------------------------------------ the generator (deterministic)

    static final String[] SUBJECTS = {"tổ chức, bộ máy", "quản lý cán bộ", "kiểm tra, giám sát", "tuyên truyền", "tổng hợp",
        "dân vận", "bảo vệ chính trị nội bộ", "thi đua, khen thưởng", "cải cách hành chính", "chuyển đổi số"};

    static SchemeSnapshot snapshot(int positions) {
        Random rnd = new Random(20261122L);
        Regime regime = new Regime("PARTY_FRONT", "Cơ quan Đảng, MTTQ và các tổ chức chính trị - xã hội", "Party", "PARTY", "",
                List.of(), LocalDate.of(2022, 7, 18), null, true, List.of(
                new PositionGroup("PARTY_FRONT", GroupKind.LEADERSHIP, 1, "I", "Vị trí việc làm lãnh đạo, quản lý", ""),
                new PositionGroup("PARTY_FRONT", GroupKind.SPECIALISED, 2, "II", "Vị trí việc làm nghiệp vụ chuyên môn, chuyên ngành", ""),
                new PositionGroup("PARTY_FRONT", GroupKind.SHARED, 3, "III", "Vị trí việc làm nghiệp vụ chuyên môn dùng chung", ""),
                new PositionGroup("PARTY_FRONT", GroupKind.SUPPORT, 4, "IV", "Vị trí việc làm hỗ trợ, phục vụ", "")));
        LocalDate from = LocalDate.of(2003, 1, 1);
        List<Grade> grades = List.of(
                new Grade("01.001", "Chuyên viên cao cấp", GradeTier.CVCC, "Hành chính", GradeKind.NGACH, from, null, ""),
                new Grade("01.002", "Chuyên viên chính", GradeTier.CVC, "Hành chính", GradeKind.NGACH, from, null, ""),
                new Grade("01.003", "Chuyên viên", GradeTier.CV, "Hành chính", GradeKind.NGACH, from, null, ""),
                new Grade("01.004", "Cán sự", GradeTier.CAN_SU, "Hành chính", GradeKind.NGACH, from, null, ""),
                new Grade("V.11.01.03", "Biên tập viên hạng III", GradeTier.HANG_III, "Báo chí", GradeKind.CDNN, from, null, ""));
        List<Agency> agencies = new ArrayList<>();
        agencies.add(new Agency(1L, "ROOT", "Tỉnh ủy Tổng hợp", "TU", AgencyKind.GROUPING, AdminLevel.PROVINCE, Bloc.PARTY_FRONT, null, "I", null, 0));
        List<OrgUnit> units = new ArrayList<>();
        List<Quota> quotas = new ArrayList<>();
        long unitId = 1000;
        for (int a = 0; a < AGENCIES; a++) {
            long id = 10 + a;
            agencies.add(new Agency(id, "CQ" + a, "Cơ quan số " + (a + 1) + " – Ban " + SUBJECTS[a % SUBJECTS.length], null,
                    AgencyKind.PARTY, AdminLevel.PROVINCE, Bloc.PARTY_FRONT, 1L, "I", null, a));
            for (int u = 0; u < UNITS_PER_AGENCY; u++) {
                units.add(new OrgUnit(unitId++, id, "P" + u, "Phòng " + SUBJECTS[(a + u) % SUBJECTS.length], OrgUnitKind.PHONG, u));
            }
            int base = 500 + rnd.nextInt(100);
            quotas.add(new Quota(null, id, 2022, StaffCategory.CBCC, base, "1-QĐ", null, null, true));
            quotas.add(new Quota(null, id, 2026, StaffCategory.CBCC, base - 20, "2-QĐ", null, null, false));
            quotas.add(new Quota(null, id, 2022, StaffCategory.VIEN_CHUC, 40, "1-QĐ", null, null, true));
            quotas.add(new Quota(null, id, 2026, StaffCategory.VIEN_CHUC, 36, "2-QĐ", null, null, false));
        }
        String[] gradeCodes = {"01.001", "01.002", "01.003", "01.003", "01.004", "V.11.01.03", null};
        GroupKind[] groups = {GroupKind.LEADERSHIP, GroupKind.SPECIALISED, GroupKind.SPECIALISED, GroupKind.SHARED, GroupKind.SUPPORT};
        List<Position> list = new ArrayList<>(positions);
        List<JobDescription> descriptions = new ArrayList<>();
        List<CompetencyRequirement> reqs = new ArrayList<>();
        for (int i = 0; i < positions; i++) {
            long id = i + 1;
            OrgUnit unit = units.get(i % units.size());
            GroupKind g = groups[rnd.nextInt(groups.length)];
            String grade = gradeCodes[rnd.nextInt(gradeCodes.length)];
            boolean vc = "V.11.01.03".equals(grade);
            int people = 1 + rnd.nextInt(4);
            WorkloadType w = rnd.nextInt(20) == 0 ? WorkloadType.KIEM_NHIEM : people == 1 ? WorkloadType.MOT_NGUOI : WorkloadType.NHIEU_NGUOI;
            LeadershipRole role = g == GroupKind.LEADERSHIP ? (rnd.nextBoolean() ? LeadershipRole.CAP_PHO : LeadershipRole.CAP_TRUONG) : LeadershipRole.NONE;
            Headcount h = g == GroupKind.SUPPORT ? new Headcount(0, 0, people, 0)
                    : vc ? new Headcount(0, people, 0, 0) : new Headcount(people, 0, 0, 0);
            String name = (g == GroupKind.LEADERSHIP ? "Phó Trưởng phòng phụ trách " : "Chuyên viên về ")
                    + SUBJECTS[rnd.nextInt(SUBJECTS.length)] + " số " + (i % 97 + 1);
            list.add(new Position(id, 1L, "VT" + String.format("%06d", id), name, g, unit.agencyId(), unit.id(), w, role, null,
                    grade, null, null, h, null, rnd.nextInt(10) == 0 ? "Ghi chú " + i : null, i));
            if (i % 100 == 0) {
                descriptions.add(new JobDescription(id, "Tham mưu, giúp lãnh đạo về " + SUBJECTS[i % SUBJECTS.length] + ".",
                        List.of(new JobTask(1, "Theo dõi, tổng hợp tình hình", "Báo cáo định kỳ", "Đúng hạn, chính xác"),
                                new JobTask(2, "Xây dựng kế hoạch, đề án", "Dự thảo kế hoạch", "Được phê duyệt"),
                                new JobTask(3, "Chủ trì thẩm định", "Văn bản thẩm định", "Đúng quy định")),
                        "Các phòng trong cơ quan.", "Các sở, ngành.", "Đề xuất, kiến nghị.", "Làm việc tại trụ sở.",
                        new Requirements("Đại học", "Bồi dưỡng ngạch chuyên viên", "3 năm", "Trung thực", "Tin học cơ bản")));
                reqs.add(new CompetencyRequirement(id, 1L, 3));
                reqs.add(new CompetencyRequirement(id, 2L, 2));
            }
        }
        List<Competency> competencies = List.of(
                new Competency(1L, "C1", CompetencyGroup.GENERAL, "Đạo đức và bản lĩnh chính trị", "", Map.of(3, "Gương mẫu."), ""),
                new Competency(2L, "C2", CompetencyGroup.PROFESSIONAL, "Tham mưu chuyên môn", "", Map.of(2, "Tham mưu có hướng dẫn."), ""));
        List<LegalReference> refs = List.of(new LegalReference(1L, "KL40_2022", "40-KL/TW", LocalDate.of(2022, 7, 18), "Bộ Chính trị",
                "Kết luận về quản lý biên chế giai đoạn 2022 - 2026", LocalDate.of(2022, 7, 18), null, true));
        List<DeputyLimit> limits = List.of(
                new DeputyLimit(1L, "ND370_2025", "PHONG", null, 0, 9, 1, "ND370_2025", null, null, "dưới 10"),
                new DeputyLimit(2L, "ND370_2025", "PHONG", null, 10, 14, 2, "ND370_2025", null, null, "10–14"),
                new DeputyLimit(3L, "ND370_2025", "PHONG", null, 15, null, 3, "ND370_2025", null, null, "từ 15"));
        Scheme scheme = new Scheme(1L, 1L, "Đề án tổng hợp 100.000 vị trí", "PARTY_FRONT", 2026, SchemeStatus.DRAFT, 1,
                "99-ĐA/TU", LocalDate.of(2026, 3, 1), true, null);
        return new SchemeSnapshot(scheme, regime, agencies, units, list, quotas, descriptions, reqs, competencies, grades, refs, limits);
    }

    static List<Finding> findings(SchemeSnapshot s) {
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            Position p = s.positions().get(i * 50);
            out.add(new Finding("DESCRIPTION_COMPLETE", i % 3 == 0 ? Severity.ERROR : Severity.WARNING, "POSITION", p.id(),
                    s.pathOf(p), "Vị trí chưa có bản mô tả công việc.", "No description.", "NĐ 361/2025/NĐ-CP", Map.of()));
        }
        return out;
    }

    /** An officer's sheet: title rows, a header, 10,000 positions. */
    static void officerSheet(Path file, int rows) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(null, 500, false, true);
        try {
            SXSSFSheet s = wb.createSheet("Biểu 01");
            s.createRow(0).createCell(0).setCellValue("DANH MỤC VỊ TRÍ VIỆC LÀM");
            Row h = s.createRow(2);
            String[] head = {"STT", "Tên vị trí việc làm", "Nhóm", "Đơn vị", "Ngạch", "Số lượng CBCC", "Số lượng VC", "HĐ", "Ghi chú"};
            for (int c = 0; c < head.length; c++) {
                h.createCell(c).setCellValue(head[c]);
            }
            String[] groups = {"Lãnh đạo, quản lý", "Chuyên môn, chuyên ngành", "Chuyên môn dùng chung", "Hỗ trợ, phục vụ"};
            for (int i = 0; i < rows; i++) {
                Row r = s.createRow(3 + i);
                r.createCell(0).setCellValue(i + 1);
                r.createCell(1).setCellValue("Chuyên viên về " + SUBJECTS[i % SUBJECTS.length] + " số " + i);
                r.createCell(2).setCellValue(groups[i % groups.length]);
                r.createCell(3).setCellValue("Phòng " + SUBJECTS[(i / 7) % SUBJECTS.length]);
                r.createCell(4).setCellValue("01.003");
                r.createCell(5).setCellValue(i % 3);
                r.createCell(6).setCellValue(i % 2);
                r.createCell(7).setCellValue(0);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        } finally {
            wb.dispose();
            wb.close();
        }
    }
}
