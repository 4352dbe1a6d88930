package vn.vtvlstudio.dossier;

import vn.vtvlstudio.testing.RawXlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vtvlstudio.domain.GroupKind;
import vn.vtvlstudio.domain.Headcount;
import vn.vtvlstudio.domain.Position;
import vn.vtvlstudio.domain.SchemeSnapshot;
import vn.vtvlstudio.domain.WorkloadType;

class DossierImporterTest {

    @TempDir
    Path dir;

    private final DossierImporter importer = new DossierImporter(DossierFixtures.partyRegime(), DossierImporter.DEFAULT_ROW_LIMIT);

    // ---------------------------------------------------------------- our own dossier

    @Test
    void exportThenImportGivesTheSamePositions() throws Exception {
        Path file = dir.resolve("dossier.xlsx");
        SchemeSnapshot snap = DossierFixtures.snapshot();
        new DossierExporter().export(snap, DossierFixtures.findings(), file);

        ImportPreview preview = importer.read(file);

        assertEquals(List.of(), preview.problems());
        assertEquals(ImportPreview.Source.DOSSIER, preview.source());
        assertEquals("Danh mục VTVL", preview.sheet());
        assertEquals(7L, preview.schemeId());
        assertEquals(20, preview.positions().size());
        Map<Long, ImportedPosition> byId = preview.positions().stream()
                .collect(Collectors.toMap(ImportedPosition::positionId, Function.identity()));
        for (Position p : snap.positions()) {
            ImportedPosition i = byId.get(p.id());
            String what = "position " + p.id();
            assertEquals(p.code(), i.code(), what);
            assertEquals(p.name(), i.name(), what);
            assertEquals(p.group(), i.group(), what);
            String place = p.unitId() != null ? snap.unit(p.unitId()).name() : snap.agencies().get(p.agencyId()).name();
            assertEquals(place, i.unitName(), what);
            assertEquals(p.gradeCode(), i.gradeCode(), what);
            assertEquals(p.workloadType(), i.workload(), what);
            assertEquals(p.effectiveHeadcount(), i.headcount(), what);
            assertEquals(p.note(), i.note(), what);
        }
        ImportedPosition concurrent = byId.get(9L);
        assertEquals(WorkloadType.KIEM_NHIEM, concurrent.workload());
        assertEquals(Headcount.ZERO, concurrent.headcount());
        assertEquals("Chuyên viên chính", byId.get(2L).gradeName());
        // rows as Excel shows them: the first position sits on row 11
        assertEquals(11, byId.get(1L).row());
    }

    @Test
    void editedDossierKeepsIdsWhenRowsMove() throws Exception {
        Path file = dir.resolve("dossier.xlsx");
        new DossierExporter().export(DossierFixtures.snapshot(), List.of(), file);
        Path edited = dir.resolve("edited.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet s = wb.getSheet("Danh mục VTVL");
            s.shiftRows(10, s.getLastRowNum(), 1); // the officer inserts a blank row above the first position
            s.getRow(11).getCell(8).setCellValue(2); // and gives the Head of Board two CBCC
            try (OutputStream out = Files.newOutputStream(edited)) {
                wb.write(out);
            }
        }
        ImportPreview preview = importer.read(edited);
        assertEquals(List.of(), preview.problems());
        ImportedPosition head = preview.positions().stream().filter(p -> "BTC.01".equals(p.code())).findFirst().orElseThrow();
        assertEquals(1L, head.positionId());
        assertEquals(12, head.row());
        assertEquals(2, head.headcount().cbcc());
    }

    // ---------------------------------------------------------------- an officer's spreadsheet

    /** Rows of cells; null leaves a cell empty; a String starting with "=" becomes a formula. */
    private Path officerFile(String name, Object[][] rows, CellRangeAddress... merges) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Biểu 01");
            for (int r = 0; r < rows.length; r++) {
                if (rows[r] == null) {
                    continue;
                }
                Row row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v instanceof String t && t.startsWith("=")) {
                        row.createCell(c).setCellFormula(t.substring(1));
                    } else if (v != null) {
                        row.createCell(c).setCellValue((String) v);
                    }
                }
            }
            for (CellRangeAddress m : merges) {
                s.addMergedRegion(m);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    private static final Object[] HEADER = {"TT", "Tên vị trí việc làm", "Nhóm", "Phòng, đơn vị", "Ngạch", "Biên chế CC",
        "So luong VC", "HĐLĐ", "Ghi chú"};

    @Test
    void readsAnOfficersSheetWithTitleRowsHeadingsTotalsAndEmptyRows() throws Exception {
        Path file = officerFile("officer.xlsx", new Object[][]{
            {"BAN TỔ CHỨC TỈNH ỦY"},
            {null, null, "DANH MỤC VỊ TRÍ VIỆC LÀM NĂM 2026"},
            null,
            HEADER,
            {"I", "Vị trí việc làm lãnh đạo, quản lý"},
            {1, "Trưởng ban", null, "Lãnh đạo Ban", "01.001", 1, null, null, null},
            {2, "Phó Trưởng ban", null, "Lãnh đạo Ban", "Chuyên viên chính", 2, 0, 0, "Nhiều người"},
            {null, "Cộng", null, null, null, 3, 0, 0},
            null,
            {"II", "Vị trí việc làm nghiệp vụ chuyên môn, chuyên ngành"},
            {3, "Chuyên viên tổ chức bộ máy", null, "Phòng Tổ chức", "01.003", "4", "–", null},
            {4, "Biên tập viên", "Vị trí việc làm nghiệp vụ chuyên môn dùng chung", "Văn phòng", null, 0, 1, 0},
            {null, null, null, null, null, null, null, null},
            {5, "Lái xe", "Hỗ trợ, phục vụ", "Văn phòng", null, 0, 0, 2},
            {null, "TỔNG CỘNG", null, null, null, 7, 1, 2},
        });
        ImportPreview p = importer.read(file);
        assertEquals(List.of(), p.problems());
        assertEquals(ImportPreview.Source.SPREADSHEET, p.source());
        assertEquals("Biểu 01", p.sheet());
        assertNull(p.schemeId());
        assertEquals(List.of("Trưởng ban", "Phó Trưởng ban", "Chuyên viên tổ chức bộ máy", "Biên tập viên", "Lái xe"),
                p.positions().stream().map(ImportedPosition::name).toList());
        assertEquals(List.of(GroupKind.LEADERSHIP, GroupKind.LEADERSHIP, GroupKind.SPECIALISED, GroupKind.SHARED, GroupKind.SUPPORT),
                p.positions().stream().map(ImportedPosition::group).toList());
        assertEquals(List.of(6, 7, 11, 12, 14), p.positions().stream().map(ImportedPosition::row).toList());
        ImportedPosition head = p.positions().get(0);
        assertEquals("01.001", head.gradeCode());
        assertEquals("Lãnh đạo Ban", head.unitName());
        assertEquals(new Headcount(1, 0, 0, 0), head.headcount());
        assertEquals(WorkloadType.MOT_NGUOI, head.workload());
        assertEquals("Chuyên viên chính", p.positions().get(1).gradeName());
        assertEquals(WorkloadType.NHIEU_NGUOI, p.positions().get(1).workload());
        assertEquals(new Headcount(4, 0, 0, 0), p.positions().get(2).headcount(), "a number typed as text, a dash for zero");
        assertEquals(new Headcount(0, 0, 2, 0), p.positions().get(4).headcount());
    }

    @Test
    void twoRowHeaderWithMergedParentLabels() throws Exception {
        Path file = officerFile("two-rows.xlsx", new Object[][]{
            {"STT", "Mã VTVL", "Tên VTVL", "Nhóm", "Đơn vị", "Ngạch/chức danh tương ứng", null, "Số lượng người làm việc", null, null, "Ghi chú"},
            {null, null, null, null, null, "Mã", "Tên", "Công chức", "Viên chức", "Hợp đồng", null},
            {"(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)"},
            {1, "X.01", "Kế toán", "Dùng chung", "Văn phòng", "06.031", "Kế toán viên", 1, 0, 0, null},
        }, CellRangeAddress.valueOf("F1:G1"), CellRangeAddress.valueOf("H1:J1"), CellRangeAddress.valueOf("A1:A2"));
        ImportPreview p = importer.read(file);
        assertEquals(List.of(), p.problems());
        ImportedPosition only = p.positions().get(0);
        assertEquals("X.01", only.code());
        assertEquals("06.031", only.gradeCode());
        assertEquals("Kế toán viên", only.gradeName());
        assertEquals(GroupKind.SHARED, only.group());
        assertEquals(new Headcount(1, 0, 0, 0), only.headcount());
        assertEquals(4, only.row());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Tên vị trí việc làm|NAME", "TEN VTVL|NAME", "Ten vi tri viec lam|NAME", "Vị trí việc làm|NAME", "Tên VTVL|NAME",
        "So luong CBCC|CBCC", "Biên chế CC|CBCC", "Số lượng công chức|CBCC", "CBCC|CBCC", "Cán bộ, công chức|CBCC",
        "Biên chế VC|VC", "Viên chức|VC", "VC|VC", "HĐ|HD", "HĐLĐ|HD", "Hợp đồng lao động|HD", "Số lượng HĐ 111|HD",
        "STT|STT", "TT|STT", "Số TT|STT", "Mã VTVL|CODE", "Mã số|CODE", "Nhóm|GROUP", "Nhóm VTVL|GROUP",
        "Đơn vị|UNIT", "Phòng, ban|UNIT", "Cơ quan, đơn vị|UNIT", "Ngạch công chức tương ứng|GRADE",
        "Ngạch/chức danh tương ứng Mã|GRADE_CODE", "Chức danh nghề nghiệp Tên|GRADE_NAME", "Hình thức bố trí|WORKLOAD",
        "Ghi chú|NOTE", "GHI CHU|NOTE", "Tổng biên chế|TOTAL", "Tổng cộng|TOTAL"})
    void headerVariants(String label, Headers.Field expected) {
        assertEquals(expected, Headers.field(Headers.normalize(label)), label);
    }

    @Test
    void normaliseStripsDiacriticsIncludingDd() {
        assertEquals("so luong dieu dong cbcc", Headers.normalize("  Số  lượng\nĐIỀU động – CBCC "));
    }

    @Test
    void everyBadCellIsReportedWithSheetRowColumnAndField() throws Exception {
        Path file = officerFile("bad.xlsx", new Object[][]{
            {"STT", "Mã", "Tên vị trí việc làm", "Nhóm", "Đơn vị", "CBCC", "VC", "HĐ"},
            {1, "A1", "Chuyên viên", "Chuyên ngành", "P1", -2, 0, 0},
            {2, "A2", "Văn thư", "Dùng chung", "P1", "hai", 0, 0},
            {3, "A3", "Kế toán", "Dùng chung", "P1", "=1+1", 0, 0},
            {4, "A4", null, "Dùng chung", "P1", 1, 0, 0},
            {5, "A5", "Lái xe", "Tạp vụ", "P1", 0, 0, 1},
            {6, "A1", "Thủ quỹ", "Dùng chung", "P1", 1.5, 0, 0},
            {7, "A7", "Bảo vệ", "Hỗ trợ", "P1", 0, 0, 1},
            {8, "A8", "Phục vụ", "Hỗ trợ", "P1", 0, 0, 1},
        }, CellRangeAddress.valueOf("C8:C9"));
        ImportPreview p = importer.read(file);
        assertFalse(p.ok());
        List<String> lines = p.problems().stream().map(ImportProblem::toString).toList();
        assertEquals(List.of(
                "Biểu 01!F2 (Số lượng CBCC): Số lượng không được âm (-2).",
                "Biểu 01!F3 (Số lượng CBCC): \"hai\" không phải là số.",
                "Biểu 01!F4 (Số lượng CBCC): Ô chứa công thức (=1+1); cần nhập số.",
                "Biểu 01!C5 (Tên vị trí việc làm): Thiếu tên vị trí việc làm.",
                "Biểu 01!D6 (Nhóm): Nhóm \"Tạp vụ\" không hợp lệ; cần là một trong: I. Vị trí việc làm lãnh đạo, quản lý; "
                        + "II. Vị trí việc làm nghiệp vụ chuyên môn, chuyên ngành; III. Vị trí việc làm nghiệp vụ chuyên môn dùng chung; "
                        + "IV. Vị trí việc làm hỗ trợ, phục vụ.",
                "Biểu 01!B7 (Mã vị trí việc làm): Mã vị trí việc làm \"A1\" trùng với dòng 2.",
                "Biểu 01!F7 (Số lượng CBCC): Số lượng phải là số nguyên (1,5).",
                "Biểu 01!C8 (Ô gộp): Ô gộp C8:C9 nằm trong vùng dữ liệu; hãy bỏ gộp ô để mỗi dòng là một vị trí."), lines);
        ImportProblem first = p.problems().get(0);
        assertEquals("Biểu 01", first.sheet());
        assertEquals(2, first.row());
        assertEquals("F", first.column());
        assertEquals("Số lượng CBCC", first.field());
        assertEquals(8, p.positions().size(), "rows are still previewed, with the bad values as 0");
    }

    @Test
    void sheetWithoutGroupColumnOrHeadingsReportsTheMissingGroup() throws Exception {
        Path file = officerFile("nogroup.xlsx", new Object[][]{
            {"STT", "Tên VTVL", "CBCC"},
            {1, "Chuyên viên", 2},
        });
        ImportPreview p = importer.read(file);
        assertEquals(1, p.problems().size());
        assertTrue(p.problems().get(0).message().startsWith("Không xác định được nhóm"), p.problems().toString());
    }

    // ---------------------------------------------------------------- hostile files

    private String refused(Path file) {
        return assertThrows(DossierImportException.class, () -> importer.read(file)).getMessage();
    }

    @Test
    @Timeout(60)
    void notAWorkbook() throws IOException {
        Path file = dir.resolve("notes.xlsx");
        Files.writeString(file, "Đây là một tệp văn bản, không phải bảng tính.\n");
        assertEquals("Tệp notes.xlsx không phải là bảng tính Excel (.xlsx).", refused(file));
        Path empty = dir.resolve("empty.xlsx");
        Files.write(empty, new byte[0]);
        assertEquals("Tệp rỗng (0 byte), không phải bảng tính Excel.", refused(empty));
    }

    @Test
    @Timeout(60)
    void truncatedZip() throws Exception {
        Path good = dir.resolve("good.xlsx");
        new DossierExporter().export(DossierFixtures.snapshot(), List.of(), good);
        byte[] bytes = Files.readAllBytes(good);
        Path cut = dir.resolve("cut.xlsx");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        assertTrue(refused(cut).startsWith("Tệp bị hỏng hoặc không đầy đủ"), refused(cut));
    }

    @Test
    @Timeout(60)
    void passwordProtected() throws Exception {
        Path file = dir.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("matkhau");
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = enc.getDataStream(fs)) {
                wb.createSheet("Biểu 01").createRow(0).createCell(0).setCellValue("Tên VTVL");
                wb.write(os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertTrue(refused(file).startsWith("Tệp được bảo vệ bằng mật khẩu."), refused(file));
    }

    @Test
    @Timeout(60)
    void oldXlsFormat() throws Exception {
        Path file = dir.resolve("old.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Biểu 01");
            wb.write(out);
        }
        assertTrue(refused(file).startsWith("Tệp ở định dạng Excel 97–2003 (.xls)."), refused(file));
    }

    @Test
    @Timeout(60)
    void zipBomb() throws Exception {
        Path file = dir.resolve("bomb.xlsx");
        char[] spaces = new char[1 << 20];
        Arrays.fill(spaces, ' ');
        RawXlsx.write(file, w -> {
            w.write("<row r=\"1\">" + RawXlsx.text("A1", "Tên VTVL") + RawXlsx.text("B1", "CBCC") + "</row>");
            for (int i = 0; i < 200; i++) { // 200 MB of blanks that deflate to a few hundred KB
                w.write(spaces);
            }
        });
        assertTrue(Files.size(file) < 2_000_000, "the bomb is small on disk: " + Files.size(file));
        assertTrue(refused(file).contains("zip bomb"), refused(file));
    }

    @Test
    @Timeout(120)
    void aMillionRowsAreRefusedWithoutReadingThemAll() throws Exception {
        Path file = dir.resolve("million.xlsx");
        RawXlsx.write(file, w -> {
            w.write("<row r=\"1\">" + RawXlsx.text("A1", "Tên VTVL") + RawXlsx.text("B1", "Nhóm") + RawXlsx.text("C1", "CBCC") + "</row>");
            for (int r = 2; r <= 1_000_001; r++) {
                w.write("<row r=\"" + r + "\">" + RawXlsx.text("A" + r, "Chuyên viên " + r) + RawXlsx.text("B" + r, "Dùng chung")
                        + RawXlsx.number("C" + r, r % 7) + "</row>");
            }
        });
        assertEquals("Trang tính có hơn 100.000 dòng dữ liệu, vượt giới hạn cho phép; hãy tách thành nhiều tệp nhỏ hơn.",
                refused(file));
    }

    @Test
    void noPositionTableFound() throws Exception {
        Path file = officerFile("letter.xlsx", new Object[][]{{"Kính gửi: Sở Nội vụ"}, {"Nội dung công văn"}});
        assertTrue(refused(file).startsWith("Không tìm thấy bảng danh mục vị trí việc làm"), refused(file));
    }

    @Test
    void missingFile() {
        assertTrue(refused(dir.resolve("none.xlsx")).startsWith("Không tìm thấy tệp"));
    }

    @Test
    void hiddenSheetOfAnotherFormatIsRefused() throws Exception {
        Path file = dir.resolve("future.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet cat = wb.createSheet("Danh mục VTVL");
            cat.createRow(0).createCell(0).setCellValue("x");
            Sheet h = wb.createSheet("_vtvl");
            h.createRow(0).createCell(0).setCellValue("format");
            h.getRow(0).createCell(1).setCellValue("vtvl-dossier/9");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        assertTrue(refused(file).contains("định dạng vtvl-dossier/9"), refused(file));
        assertEquals(StandardCharsets.UTF_8, StandardCharsets.UTF_8);
    }
}
