package vn.vtvlstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export / import on the command line: files, exit codes and the problem lines. */
class ExportImportCliTest {

    @TempDir
    Path dir;
    Path db;
    String hauGiang;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = VtvlCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void sample() {
        db = dir.resolve("vtvl");
        assertEquals(0, run("sample", "--db", db.toString()).code());
        Run summary = run("summary", "--db", db.toString());
        // "[1] Đề án … Hậu Giang" → its id
        for (String line : summary.out().split("\n")) {
            if (line.startsWith("[") && line.contains("Hậu Giang")) {
                hauGiang = line.substring(1, line.indexOf(']'));
            }
        }
    }

    @Test
    void exportThenDryRunImportThenRealImport() throws Exception {
        Path out = dir.resolve("hg.xlsx");
        Run export = run("export", "--db", db.toString(), "--scheme", hauGiang, "--out", out.toString());
        assertEquals(0, export.code(), export.err());
        assertEquals("Đã xuất " + out + ": đề án " + hauGiang + ", 322 vị trí, biên chế 660.", export.out().trim());
        assertTrue(Files.size(out) > 10_000);

        Run dry = run("import", "--db", db.toString(), out.toString(), "--scheme", hauGiang, "--dry-run");
        assertEquals(0, dry.code(), dry.err());
        assertEquals("Đã kiểm tra 322 dòng từ trang \"Danh mục VTVL\": 0 vị trí tạo mới, 0 vị trí cập nhật, 322 không đổi"
                + " (chưa lưu, --dry-run).", dry.out().trim());
    }

    @Test
    void exportOfOneAgency() {
        Path out = dir.resolve("btc.xlsx");
        Run export = run("export", "--db", db.toString(), "--scheme", hauGiang, "--agency", "HG-BTC", "--out", out.toString());
        assertEquals(0, export.code(), export.err());
        assertTrue(export.out().contains("đề án " + hauGiang + ","), export.out());
        Run unknown = run("export", "--db", db.toString(), "--scheme", hauGiang, "--agency", "KHONG-CO", "--out", out.toString());
        assertEquals(2, unknown.code());
        assertEquals("Lỗi: Không có cơ quan mã KHONG-CO.", unknown.err().trim());
    }

    @Test
    void rejectedImportPrintsOneProblemPerLineAndExitsOne() throws Exception {
        Path file = dir.resolve("bad.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Biểu 01");
            Row h = s.createRow(0);
            String[] head = {"STT", "Tên VTVL", "Nhóm", "Số lượng CBCC"};
            for (int c = 0; c < head.length; c++) {
                h.createCell(c).setCellValue(head[c]);
            }
            Row r = s.createRow(1);
            r.createCell(0).setCellValue(1);
            r.createCell(1).setCellValue("Chuyên viên");
            r.createCell(2).setCellValue("Dùng chung");
            r.createCell(3).setCellValue("ba");
            Row r2 = s.createRow(2);
            r2.createCell(0).setCellValue(2);
            r2.createCell(2).setCellValue("Dùng chung");
            r2.createCell(3).setCellValue(1);
            try (OutputStream o = Files.newOutputStream(file)) {
                wb.write(o);
            }
        }
        Run imp = run("import", "--db", db.toString(), file.toString(), "--scheme", hauGiang);
        assertEquals(1, imp.code(), imp.err());
        assertEquals("Biểu 01!D2 (Số lượng CBCC): \"ba\" không phải là số.\n"
                + "Biểu 01!B3 (Tên vị trí việc làm): Thiếu tên vị trí việc làm.", imp.out().trim());
        assertEquals("Tệp có 2 lỗi; không có thay đổi nào được lưu.", imp.err().trim());
    }

    @Test
    void unreadableFileAndUsageErrorsExitTwo() throws Exception {
        Path text = dir.resolve("notes.xlsx");
        Files.writeString(text, "không phải bảng tính");
        Run imp = run("import", "--db", db.toString(), text.toString(), "--scheme", hauGiang);
        assertEquals(2, imp.code());
        assertEquals("Lỗi: Tệp notes.xlsx không phải là bảng tính Excel (.xlsx).", imp.err().trim());

        Run noScheme = run("import", "--db", db.toString(), text.toString());
        assertEquals(2, noScheme.code());
        assertTrue(noScheme.err().startsWith("Lỗi: Có 2 đề án; hãy chọn bằng --scheme:"), noScheme.err());

        Run noOut = run("export", "--db", db.toString());
        assertEquals(2, noOut.code());
    }
}
