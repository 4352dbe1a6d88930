package vn.vtvlstudio.dossier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vtvlstudio.domain.GradeTier;
import vn.vtvlstudio.domain.Position;
import vn.vtvlstudio.rules.Finding;

class DossierExporterTest {

    @TempDir
    static Path dir;
    static XSSFWorkbook wb;

    @BeforeAll
    static void export() throws IOException {
        Path file = dir.resolve("dossier.xlsx");
        DossierOptions options = DossierOptions.defaults().withGradeCaps(Map.of(GradeTier.CVC, new BigDecimal("0.40")), "CV 64/BNV");
        new DossierExporter(options).export(DossierFixtures.snapshot(), DossierFixtures.findings(), file);
        wb = open(file);
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    static String text(Sheet s, int row, int col) {
        Row r = s.getRow(row);
        Cell c = r == null ? null : r.getCell(col);
        return c == null ? null : new DataFormatter().formatCellValue(c);
    }

    /** 0-based index of the first row whose cell in {@code col} starts with {@code prefix}. */
    static int findRow(Sheet s, int col, String prefix) {
        for (Row r : s) {
            Cell c = r.getCell(col);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith(prefix)) {
                return r.getRowNum();
            }
        }
        throw new AssertionError("no row starting with " + prefix + " in column " + col + " of " + s.getSheetName());
    }

    static XSSFCell cell(Sheet s, int row, int col) {
        return (XSSFCell) s.getRow(row).getCell(col);
    }

    /** A total cell: a formula whose cached value POI reads without recalculating. */
    static double cached(Sheet s, int row, int col) {
        XSSFCell c = cell(s, row, col);
        assertEquals(CellType.FORMULA, c.getCellType(), s.getSheetName() + "!" + c.getReference() + " is a formula");
        assertEquals(CellType.NUMERIC, c.getCachedFormulaResultType());
        return c.getNumericCellValue();
    }

    @Test
    void hasTheEightSheetsInOrderAndAVeryHiddenIdSheet() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            names.add(wb.getSheetName(i));
        }
        List<String> expected = new ArrayList<>(List.of("Danh mục VTVL", "Mô tả & khung năng lực", "Cơ cấu ngạch", "Cơ cấu CDNN",
                "Tổng hợp biên chế", "Cấp phó", "Kết quả kiểm tra", "Căn cứ pháp lý"));
        expected.add("_vtvl");
        assertEquals(expected, names);
        for (String n : names) {
            assertTrue(n.length() <= 31 && !n.contains("/"), n);
        }
        assertEquals(SheetVisibility.VERY_HIDDEN, wb.getSheetVisibility(8));
        assertEquals(SheetVisibility.VISIBLE, wb.getSheetVisibility(0));
        assertEquals(0, wb.getActiveSheetIndex());
    }

    @Test
    void everySheetHasLetterheadTitlePrintSetupAndSignature() {
        for (int i = 0; i < 8; i++) {
            Sheet s = wb.getSheetAt(i);
            String n = s.getSheetName();
            assertEquals("TỈNH ỦY HẬU GIANG", text(s, 0, 0), n);
            assertTrue(rowTexts(s, 0).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), n);
            assertTrue(rowTexts(s, 1).contains("Độc lập – Tự do – Hạnh phúc"), n);
            assertEquals("(Kèm theo Đề án số 05-ĐA/TU ngày 02/03/2026)", text(s, 4, 0), n);
            assertFalse(text(s, 3, 0).isBlank(), n);
            assertEquals("Times New Roman", wb.getFontAt(cell(s, 0, 0).getCellStyle().getFontIndex()).getFontName());
            assertTrue(wb.getFontAt(cell(s, 0, 0).getCellStyle().getFontIndex()).getBold());

            PrintSetup ps = s.getPrintSetup();
            assertTrue(ps.getLandscape(), n + " landscape");
            assertEquals(PrintSetup.A4_PAPERSIZE, ps.getPaperSize(), n + " A4");
            assertEquals(1, ps.getFitWidth(), n);
            assertEquals(0, ps.getFitHeight(), n);
            assertTrue(s.getFitToPage(), n);
            assertNotNull(s.getRepeatingRows(), n + " repeats header rows");
            assertNotNull(s.getPaneInformation(), n + " has frozen panes");
            assertTrue(s.getPaneInformation().isFreezePane(), n);
            int last = s.getLastRowNum();
            assertTrue(rowTexts(s, last - 1).contains("THỦ TRƯỞNG CƠ QUAN"), n + " signature");
            assertTrue(rowTexts(s, last - 1).contains("NGƯỜI LẬP BIỂU"), n + " signature");
            assertTrue(rowTexts(s, last - 2).contains("…, ngày … tháng … năm …"), n + " date line");
        }
    }

    static List<String> rowTexts(Sheet s, int row) {
        List<String> out = new ArrayList<>();
        Row r = s.getRow(row);
        if (r != null) {
            r.forEach(c -> out.add(new DataFormatter().formatCellValue(c)));
        }
        return out;
    }

    @Test
    void catalogueHeaderIsTwoMergedRowsRepeatedAndFrozen() {
        Sheet s = wb.getSheet("Danh mục VTVL");
        assertEquals("DANH MỤC VỊ TRÍ VIỆC LÀM", text(s, 3, 0));
        String[] top = {"STT", "Mã VTVL", "Tên vị trí việc làm", "Nhóm", "Đơn vị", "Ngạch/chức danh tương ứng", "", "Hình thức",
            "Số lượng người làm việc", "", "", "", "Ghi chú"};
        String[] second = {"", "", "", "", "", "Mã", "Tên", "", "CBCC", "VC", "HĐ", "Tổng biên chế", ""};
        for (int c = 0; c < top.length; c++) {
            assertEquals(top[c], text(s, 6, c), "header col " + c);
            assertEquals(second[c], text(s, 7, c), "sub-header col " + c);
        }
        assertEquals("(1)", text(s, 8, 0));
        assertTrue(s.getMergedRegions().contains(CellRangeAddress.valueOf("I7:L7")));
        assertTrue(s.getMergedRegions().contains(CellRangeAddress.valueOf("F7:G7")));
        assertTrue(s.getMergedRegions().contains(CellRangeAddress.valueOf("C7:C8")));
        assertEquals("7:9", s.getRepeatingRows().formatAsString());
        assertEquals(9, s.getPaneInformation().getHorizontalSplitTopRow());
    }

    @Test
    void catalogueGroupsWithSumSubtotalsAndGrandTotal() {
        Sheet s = wb.getSheet("Danh mục VTVL");
        assertEquals("I", text(s, 9, 0));
        assertEquals("VỊ TRÍ VIỆC LÀM LÃNH ĐẠO, QUẢN LÝ", text(s, 9, 1));
        // group I: positions 1, 2, 3, 4, 9, 15, 16 on rows 11..17 (1-based)
        assertEquals("Trưởng Ban Tổ chức Tỉnh ủy", text(s, 10, 2));
        assertEquals(1.0, cell(s, 10, 0).getNumericCellValue());
        assertEquals(CellType.NUMERIC, cell(s, 10, 8).getCellType());

        int sub1 = findRow(s, 1, "Cộng nhóm I ");
        assertEquals(17, sub1);
        assertEquals("Cộng nhóm I (7 vị trí)", text(s, sub1, 1));
        assertEquals("SUM(I11:I17)", cell(s, sub1, 8).getCellFormula());
        assertEquals(10.0, cached(s, sub1, 8));
        int sub2 = findRow(s, 1, "Cộng nhóm II ");
        assertEquals(15.0, cached(s, sub2, 8));
        assertEquals(3.0, cached(s, sub2, 9));
        assertEquals(18.0, cached(s, sub2, 11));
        int sub4 = findRow(s, 1, "Cộng nhóm IV ");
        assertEquals(0.0, cached(s, sub4, 8));
        assertEquals(4.0, cached(s, sub4, 10));

        int total = findRow(s, 1, "TỔNG CỘNG");
        assertEquals("TỔNG CỘNG (20 vị trí việc làm)", text(s, total, 1));
        assertTrue(cell(s, total, 8).getCellFormula().startsWith("SUM(I" + (sub1 + 1) + ","));
        assertEquals(32.0, cached(s, total, 8));
        assertEquals(3.0, cached(s, total, 9));
        assertEquals(4.0, cached(s, total, 10));
        assertEquals(35.0, cached(s, total, 11), "biên chế = CBCC + VC, contract workers excluded");

        // the formulas compute what the cached values say
        XSSFFormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
        for (int c = 8; c <= 11; c++) {
            assertEquals(cached(s, total, c), ev.evaluate(cell(s, total, c)).getNumberValue(), "col " + c);
            assertEquals(cached(s, sub2, c), ev.evaluate(cell(s, sub2, c)).getNumberValue(), "col " + c);
        }
    }

    @Test
    void concurrentPositionShowsNoHeadcount() {
        Sheet s = wb.getSheet("Danh mục VTVL");
        int r = findRow(s, 2, "Trưởng phòng Bảo vệ chính trị nội bộ");
        assertEquals("Kiêm nhiệm", text(s, r, 7));
        assertEquals(0.0, cell(s, r, 8).getNumericCellValue());
        assertEquals(0.0, cached(s, r, 11));
        assertEquals("I" + (r + 1) + "+J" + (r + 1), cell(s, r, 11).getCellFormula());
    }

    @Test
    void quotaSummaryTiesOutWithTheCatalogue() {
        Sheet s = wb.getSheet("Tổng hợp biên chế");
        int btc = findRow(s, 1, "Ban Tổ chức Tỉnh ủy");
        assertEquals(22.0, cell(s, btc, 2).getNumericCellValue()); // baseline 2022
        assertEquals(21.0, cell(s, btc, 3).getNumericCellValue()); // quota 2026
        assertEquals(20.0, cell(s, btc, 4).getNumericCellValue()); // proposed
        assertEquals(-1.0, cached(s, btc, 5));                     // proposed − quota
        assertEquals(2.0 / 22, cached(s, btc, 6), 1e-6);           // reduction vs baseline
        assertEquals(14.0, cell(s, btc, 14).getNumericCellValue()); // positions
        int total = findRow(s, 1, "TỔNG CỘNG");
        assertEquals("SUM(C" + (btc + 1) + ":C" + (btc + 2) + ")", cell(s, total, 2).getCellFormula());
        assertEquals(35.0, cached(s, total, 2));
        assertEquals(33.0, cached(s, total, 3));
        assertEquals(32.0, cached(s, total, 4));
        assertEquals(3.0, cached(s, total, 9));  // VC proposed
        assertEquals(35.0, cached(s, total, 12)); // biên chế
        assertEquals(4.0, cached(s, total, 13));  // contract workers, beside biên chế
        assertEquals(20.0, cached(s, total, 14));

        Sheet cat = wb.getSheet("Danh mục VTVL");
        int catTotal = findRow(cat, 1, "TỔNG CỘNG");
        assertEquals(cached(cat, catTotal, 8), cached(s, total, 4));
        assertEquals(cached(cat, catTotal, 9), cached(s, total, 9));
        assertEquals(cached(cat, catTotal, 11), cached(s, total, 12));
        assertEquals(cached(cat, catTotal, 10), cached(s, total, 13));
    }

    @Test
    void gradeStructureExcludesLeadersAndJudgesTheCap() {
        Sheet s = wb.getSheet("Cơ cấu ngạch");
        int btc = findRow(s, 1, "Ban Tổ chức Tỉnh ủy");
        assertEquals(13.0, cell(s, btc, 2).getNumericCellValue());
        assertEquals(3.0, cell(s, btc, 5).getNumericCellValue());   // CVC count
        assertEquals(3.0 / 13, cached(s, btc, 6), 1e-6);
        assertEquals(10.0, cell(s, btc, 7).getNumericCellValue());  // CV count
        assertEquals("Đạt", text(s, btc, 14));
        int ubkt = findRow(s, 1, "Ủy ban Kiểm tra Tỉnh ủy");
        assertEquals(9.0, cell(s, ubkt, 2).getNumericCellValue());
        assertEquals("CVC ≤ 40%", text(s, ubkt, 13));
        assertEquals("Vượt: CVC 44,44% > 40%", text(s, ubkt, 14));
        int total = findRow(s, 1, "TỔNG CỘNG");
        assertEquals(22.0, cached(s, total, 2));
        assertEquals(7.0, cached(s, total, 5));
        assertEquals(7.0 / 22, cached(s, total, 6), 1e-6);
        // unit lines sit under their agency
        assertEquals("– Phòng Tổ chức cán bộ", text(s, btc + 1, 1));

        Sheet v = wb.getSheet("Cơ cấu CDNN");
        int vt = findRow(v, 1, "TỔNG CỘNG");
        assertEquals(3.0, cached(v, vt, 2));
        assertEquals(1.0, cached(v, vt, 5)); // hạng II
        assertEquals(2.0, cached(v, vt, 7)); // hạng III
    }

    @Test
    void deputiesJudgedBySizeOfUnit() {
        Sheet s = wb.getSheet("Cấp phó");
        int r = findRow(s, 2, "Phòng Tổ chức cán bộ");
        assertEquals(10.0, cell(s, r, 3).getNumericCellValue());
        assertEquals(2.0, cell(s, r, 4).getNumericCellValue());
        assertEquals(2.0, cell(s, r, 6).getNumericCellValue());
        assertEquals("Đạt", text(s, r, 7));
        assertTrue(text(s, r, 5).contains("370/2025/NĐ-CP"));
        int vp = findRow(s, 2, "Văn phòng Ủy ban");
        assertEquals(4.0, cell(s, vp, 3).getNumericCellValue());
        assertEquals(1.0, cell(s, vp, 4).getNumericCellValue());
    }

    @Test
    void findingsAndLegalBasis() {
        Sheet f = wb.getSheet("Kết quả kiểm tra");
        assertEquals("Lỗi", text(f, 8, 1));
        assertEquals("REDUCTION_TARGET", text(f, 8, 2));
        assertEquals("Kết luận 40-KL/TW", text(f, 8, 5));
        assertEquals("Cảnh báo", text(f, 10, 1));
        assertEquals("Tổng số: 3 phát hiện, trong đó 2 lỗi.", text(f, 11, 0));

        Sheet l = wb.getSheet("Căn cứ pháp lý");
        assertEquals("40-KL/TW", text(l, 8, 1));
        assertEquals("18/07/2022", text(l, 8, 2));
        assertEquals("Bộ Chính trị", text(l, 8, 3));
        assertEquals("18/07/2022 – 31/12/2026", text(l, 8, 5));
        assertEquals("Từ 01/01/2026 (chưa kiểm chứng)", text(l, 10, 5));
    }

    @Test
    void descriptionBlocksFollowTheTemplateSections() {
        Sheet s = wb.getSheet("Mô tả & khung năng lực");
        List<String> colA = new ArrayList<>();
        for (int r = 0; r <= s.getLastRowNum(); r++) {
            colA.add(s.getRow(r) == null ? null : text(s, r, 0));
        }
        // positions 3 and 5 have descriptions; in catalogue order position 3 comes first
        int first = colA.indexOf("VỊ TRÍ VIỆC LÀM: TRƯỞNG PHÒNG TỔ CHỨC CÁN BỘ (BTC.03)");
        int second = colA.indexOf("VỊ TRÍ VIỆC LÀM: CHUYÊN VIÊN VỀ TỔ CHỨC, BỘ MÁY VÀ BIÊN CHẾ (BTC.05)");
        assertTrue(first > 0 && second > first, colA.toString());
        for (String section : List.of("I. THÔNG TIN CHUNG", "II. MỤC TIÊU VỊ TRÍ VIỆC LÀM",
                "III. CÁC CÔNG VIỆC, SẢN PHẨM VÀ TIÊU CHÍ ĐÁNH GIÁ", "VI. KHUNG NĂNG LỰC", "VII. CÁC MỐI QUAN HỆ CÔNG VIỆC",
                "VIII. PHẠM VI QUYỀN HẠN VÀ ĐIỀU KIỆN LÀM VIỆC", "IX. YÊU CẦU VỀ TRÌNH ĐỘ, NĂNG LỰC")) {
            assertTrue(colA.subList(second, colA.size()).contains(section), section);
        }
        int tasks = colA.subList(second, colA.size()).indexOf("Bậc") + second;
        assertEquals("Nội dung công việc", text(s, tasks, 1));
        assertEquals("Theo dõi, tổng hợp số liệu biên chế của các cơ quan, đơn vị", text(s, tasks + 1, 1));
        assertEquals("Đúng hạn, số liệu chính xác, khớp với quyết định giao biên chế", text(s, tasks + 1, 3));
        int comp = colA.subList(second, colA.size()).indexOf("Nhóm") + second;
        assertEquals("Cấp độ yêu cầu", text(s, comp, 4));
        assertEquals("Năng lực chung", text(s, comp + 1, 0));
        assertEquals(3.0, cell(s, comp + 1, 4).getNumericCellValue());
        assertEquals(1, s.getRowBreaks().length, "the second block starts a new page");
    }

    @Test
    void hiddenSheetMapsIdsCodesAndRows() {
        Sheet h = wb.getSheet("_vtvl");
        assertEquals("vtvl-dossier/1", text(h, 0, 1));
        assertEquals("7", text(h, 1, 1));
        assertEquals("position_id", text(h, 8, 0));
        assertEquals("1", text(h, 9, 0));
        assertEquals("BTC.01", text(h, 9, 1));
        assertEquals("11", text(h, 9, 2));
        assertEquals("Trưởng Ban Tổ chức Tỉnh ủy", text(wb.getSheet("Danh mục VTVL"), 10, 2));
        assertEquals(28, h.getLastRowNum());
    }

    @Test
    void userTextThatLooksLikeAFormulaStaysText(@TempDir Path tmp) throws IOException {
        List<Position> positions = new ArrayList<>(DossierFixtures.positions());
        Position p = positions.get(4);
        String hostile = "=HYPERLINK(\"http://x\")";
        positions.set(4, new Position(p.id(), p.schemeId(), "+1", hostile, p.group(), p.agencyId(), p.unitId(),
                p.workloadType(), p.leadershipRole(), null, p.gradeCode(), null, null, p.headcount(), null, "@SUM(A1)", p.ordinal()));
        Path file = tmp.resolve("x.xlsx");
        new DossierExporter().export(DossierFixtures.snapshot(positions), List.of(), file);
        try (XSSFWorkbook book = open(file)) {
            Sheet s = book.getSheet("Danh mục VTVL");
            int r = findRow(s, 2, "=HYPERLINK");
            assertEquals(CellType.STRING, cell(s, r, 2).getCellType());
            assertEquals(hostile, cell(s, r, 2).getStringCellValue());
            assertEquals(CellType.STRING, cell(s, r, 1).getCellType());
            assertEquals(CellType.STRING, cell(s, r, 12).getCellType());
            // every formula in the workbook is one we built from cell references
            for (Sheet sh : book) {
                for (Row row : sh) {
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.FORMULA) {
                            assertTrue(c.getCellFormula().matches("[A-Z0-9:,+\\-/()=]*|IF\\([A-Z0-9=,+\\-/()]*\\)"),
                                    sh.getSheetName() + "!" + c.getAddress() + " " + c.getCellFormula());
                        }
                    }
                }
            }
        }
    }

    @Test
    void failedExportLeavesThePreviousFileUntouched(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("dossier.xlsx");
        new DossierExporter().export(DossierFixtures.snapshot(), DossierFixtures.findings(), file);
        byte[] before = Files.readAllBytes(file);
        // the findings sheet is the seventh: the exporter dies after six sheets are written
        List<Finding> exploding = new AbstractList<>() {
            @Override
            public Finding get(int index) {
                throw new IllegalStateException("boom");
            }

            @Override
            public int size() {
                return 3;
            }
        };
        assertThrows(IllegalStateException.class,
                () -> new DossierExporter().export(DossierFixtures.snapshot(), exploding, file));
        assertArrayEquals(before, Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void exportOfOneAgencyCoversItsSubtreeOnly(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("ubkt.xlsx");
        new DossierExporter(DossierOptions.defaults().forAgency(DossierFixtures.UBKT))
                .export(DossierFixtures.snapshot(), DossierFixtures.findings(), file);
        try (XSSFWorkbook book = open(file)) {
            Sheet s = book.getSheet("Danh mục VTVL");
            assertEquals("ỦY BAN KIỂM TRA TỈNH ỦY", text(s, 0, 0));
            int total = findRow(s, 1, "TỔNG CỘNG");
            assertEquals("TỔNG CỘNG (6 vị trí việc làm)", text(s, total, 1));
            assertEquals(12.0, cached(s, total, 8));
            assertEquals(1.0, cached(s, total, 9));
            Sheet f = book.getSheet("Kết quả kiểm tra");
            assertEquals("REDUCTION_TARGET", text(f, 8, 2));
            assertEquals("COMPETENCY_COVERAGE", text(f, 9, 2));
            assertEquals("Tổng số: 2 phát hiện, trong đó 1 lỗi.", text(f, 10, 0));
            assertEquals("2", text(book.getSheet("_vtvl"), 4, 1));
        }
    }
}
