package vn.vtvlstudio.ui.workbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vtvlstudio.domain.OrgUnit;
import vn.vtvlstudio.persistence.Database;
import vn.vtvlstudio.service.CheckService;
import vn.vtvlstudio.service.DossierService;
import vn.vtvlstudio.service.ImportService;
import vn.vtvlstudio.testing.DossierFiles;
import vn.vtvlstudio.testing.SampleStore;
import vn.vtvlstudio.ui.main.AgencyNode;
import vn.vtvlstudio.ui.main.MainViewModel;

/**
 * Export and import from the File menu, on a synchronous executor over the real Hậu Giang sample (322 positions,
 * CBCC 568, biên chế 660). A cancel is what the user does: "Hủy" clicked once the bar passed a point. Every test
 * leaves the store as it found it.
 */
class DossierViewModelTest {

    @TempDir
    static Path dir;
    static Database db;

    @BeforeAll
    static void open() {
        db = SampleStore.open(dir);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static MainViewModel workspace() {
        MainViewModel vm = SampleStore.workspace(db);
        vm.setChecks(new CheckService(db.rulePacks(), db));
        vm.setDossier(new DossierService(db.repositories()), new ImportService(db.repositories()));
        vm.load();
        return vm;
    }

    /** Clicks "Hủy" as soon as the bar of a job whose message starts with {@code prefix} reaches {@code at}. */
    private static void cancelWhen(MainViewModel vm, String prefix, double at) {
        var work = vm.longWork();
        work.progressProperty().addListener((obs, old, now) -> {
            if (work.messageProperty().get().startsWith(prefix) && now.doubleValue() >= at) {
                work.cancel();
            }
        });
    }

    private static void assertTotalsUnchanged(MainViewModel vm) {
        assertEquals("322", vm.positionsTotalProperty().get());
        assertEquals("568", vm.cbccTotalProperty().get());
        assertEquals("660", vm.bienCheTotalProperty().get());
    }

    @Test
    void exportWritesTheWholeSchemeAndSaysWhere() throws Exception {
        MainViewModel vm = workspace();
        DossierViewModel d = vm.dossierViewModel();
        assertTrue(d.partialScope().isEmpty(), "the root is selected: nothing to choose");
        String name = d.suggestedFileName(false);
        assertEquals("Hồ sơ đề án VTVL - Khối Đảng, MTTQ, đoàn thể tỉnh Hậu Giang - 2024.xlsx", name);
        Path out = dir.resolve(name);
        d.export(out, false);

        assertEquals(out, d.lastExportProperty().get());
        assertEquals("Đã xuất hồ sơ trình duyệt: " + out + " (322 vị trí, biên chế 660).", vm.statusProperty().get());
        assertFalse(vm.longWork().runningProperty().get());
        DossierFiles.Totals t = DossierFiles.totals(out);
        assertEquals("TỔNG CỘNG (322 vị trí việc làm)", t.label());
        assertEquals(568, t.cbcc());
        assertEquals(660, t.bienChe());
    }

    @Test
    void suggestedNamesAreSafeOnEveryFileSystem() {
        assertEquals("Hồ sơ Phòng A B C D", DossierViewModel.safeFileName("Hồ sơ Phòng A/B\\C: D?.."));
        String longName = DossierViewModel.safeFileName("Ủy ban ".repeat(30));
        assertTrue(longName.length() <= 120 && longName.endsWith("ban"), longName);
    }

    @Test
    void exportOfTheSelectedAgencyOnly() throws Exception {
        MainViewModel vm = workspace();
        AgencyNode btc = vm.agencyRootProperty().get().children().stream()
                .filter(n -> n.name().equals("Ban Tổ chức Tỉnh ủy Hậu Giang")).findFirst().orElseThrow();
        vm.selectedAgencyProperty().set(btc);
        DossierViewModel d = vm.dossierViewModel();
        assertEquals("Ban Tổ chức Tỉnh ủy Hậu Giang", d.partialScope().orElseThrow());
        String name = d.suggestedFileName(true);
        assertTrue(name.startsWith("Hồ sơ đề án VTVL - ") && name.endsWith(" - 2024.xlsx") && !name.contains("Khối"), name);
        Path out = dir.resolve(name);
        d.export(out, true);
        int positions = vm.snapshotProperty().get().totalsOf(btc.id()).positions();
        assertTrue(positions > 5 && positions < 322, "a real part: " + positions);
        assertEquals("TỔNG CỘNG (" + positions + " vị trí việc làm)", DossierFiles.totals(out).label());
    }

    @Test
    void exportCancelledHalfwayLeavesThePreviousFileAsItWas() throws Exception {
        MainViewModel vm = workspace();
        DossierViewModel d = vm.dossierViewModel();
        Path out = dir.resolve("truoc.xlsx");
        vm.dossierViewModel().export(out, false);
        byte[] before = Files.readAllBytes(out);

        cancelWhen(vm, "Đang xuất", 0.3);
        d.export(out, false);
        assertEquals("Đã hủy xuất hồ sơ; tệp " + out + " vẫn như trước.", vm.statusProperty().get());
        assertNull(d.lastExportProperty().get());
        assertFalse(vm.longWork().runningProperty().get());
        assertArrayEquals(before, Files.readAllBytes(out));

        Path none = dir.resolve("chua-co.xlsx");
        d.export(none, false);
        assertEquals("Đã hủy xuất hồ sơ; không có tệp nào được tạo.", vm.statusProperty().get());
        assertFalse(Files.exists(none));
    }

    @Test
    void aPreviewedImportChangesOneHeadcountInOneUndoableStep() throws Exception {
        MainViewModel vm = workspace();
        DossierViewModel d = vm.dossierViewModel();
        Path exported = dir.resolve("xuat.xlsx");
        d.export(exported, false);
        Path edited = dir.resolve("da-sua.xlsx");
        String code = DossierFiles.withFirstCbccRaised(exported, edited, 1);
        int cbcc = vm.snapshotProperty().get().positions().stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow().headcount().cbcc();

        d.review(edited);
        assertNotNull(d.reviewProperty().get());
        assertEquals("Nhập từ bảng tính — da-sua.xlsx", d.reviewTitleProperty().get());
        assertEquals("Trang «Danh mục VTVL», 322 dòng: 0 vị trí tạo mới, 1 cập nhật, 321 không đổi.",
                d.reviewSummaryProperty().get());
        assertEquals(List.of(new DossierViewModel.ChangeRow("Danh mục VTVL", "11", code, "Số CBCC", String.valueOf(cbcc),
                String.valueOf(cbcc + 1))), d.changeRows());
        assertEquals(List.of(), d.problemRows());
        assertTrue(d.canApplyProperty().get());
        assertTotalsUnchanged(vm);

        d.applyReview();
        assertNull(d.reviewProperty().get());
        assertEquals("569", vm.cbccTotalProperty().get());
        assertEquals("661", vm.bienCheTotalProperty().get());
        assertEquals("Đã nhập từ tệp da-sua.xlsx: 0 vị trí tạo mới, 1 cập nhật, 321 không đổi. Hoàn tác: Ctrl+Z.",
                vm.statusProperty().get());
        assertTrue(vm.canUndoProperty().get());
        vm.undo();
        assertTotalsUnchanged(vm);
    }

    @Test
    void aFileWithAProblemIsShownAndNothingChanges() throws Exception {
        MainViewModel vm = workspace();
        DossierViewModel d = vm.dossierViewModel();
        Path exported = dir.resolve("xuat-loi.xlsx");
        d.export(exported, false);
        Path edited = dir.resolve("am.xlsx");
        DossierFiles.withNegativeCbcc(exported, edited);

        d.review(edited);
        assertFalse(d.canApplyProperty().get());
        assertEquals(List.of(), d.changeRows());
        assertEquals(1, d.problemRows().size());
        DossierViewModel.ProblemRow p = d.problemRows().get(0);
        assertEquals(List.of("Danh mục VTVL", "11", "I"), List.of(p.sheet(), p.row(), p.column()));
        assertTrue(p.message().contains("-3"), p.message());
        assertTrue(d.reviewSummaryProperty().get().startsWith("Tệp có 1 lỗi"), d.reviewSummaryProperty().get());
        d.applyReview();
        assertNotNull(d.reviewProperty().get(), "Nhập does nothing for a file with problems");
        d.discardReview();
        assertNull(d.reviewProperty().get());
        assertEquals("Đã bỏ qua tệp; không có thay đổi nào được lưu.", vm.statusProperty().get());
        assertFalse(vm.canUndoProperty().get());
        assertTotalsUnchanged(vm);

        Path text = dir.resolve("khong-phai.xlsx");
        Files.writeString(text, "không phải bảng tính");
        d.review(text);
        assertTrue(d.reviewSummaryProperty().get().startsWith("Không nhập được tệp khong-phai.xlsx: Tệp khong-phai.xlsx không phải"),
                d.reviewSummaryProperty().get());
        assertFalse(d.canApplyProperty().get());
        d.discardReview();
    }

    @Test
    void importCancelledWhileSavingKeepsTheSchemeAsItWas() throws Exception {
        MainViewModel vm = workspace();
        DossierViewModel d = vm.dossierViewModel();
        Map<String, Long> counts = db.repositories().agencies().findAllUnits().stream()
                .collect(Collectors.groupingBy(OrgUnit::name, Collectors.counting()));
        String unit = counts.entrySet().stream().filter(e -> e.getValue() == 1).map(Map.Entry::getKey).sorted().findFirst().orElseThrow();
        Path file = dir.resolve("120-vi-tri.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Biểu 01");
            String[] head = {"STT", "Tên vị trí việc làm", "Nhóm", "Đơn vị", "Số lượng CBCC"};
            Row h = s.createRow(0);
            for (int c = 0; c < head.length; c++) {
                h.createCell(c).setCellValue(head[c]);
            }
            for (int r = 1; r <= 120; r++) {
                Row row = s.createRow(r);
                row.createCell(0).setCellValue(r);
                row.createCell(1).setCellValue("Chuyên viên số " + r);
                row.createCell(2).setCellValue("Chuyên môn dùng chung");
                row.createCell(3).setCellValue(unit);
                row.createCell(4).setCellValue(1);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        d.review(file);
        assertEquals("Trang «Biểu 01», 120 dòng: 120 vị trí tạo mới, 0 cập nhật, 0 không đổi.", d.reviewSummaryProperty().get());
        assertEquals("Vị trí mới", d.changeRows().get(0).field());
        assertTrue(d.changeRows().get(0).after().startsWith("Chuyên viên số 1 — " + unit + " — CBCC 1"), d.changeRows().get(0).after());

        cancelWhen(vm, "Đang nhập", 0.3); // the first report comes after 50 of 120 rows are saved
        d.applyReview();
        assertEquals("Đã hủy nhập; không có thay đổi nào được lưu.", vm.statusProperty().get());
        assertFalse(vm.canUndoProperty().get());
        vm.reload();
        assertTotalsUnchanged(vm);
        assertEquals(322, vm.snapshotProperty().get().positions().size());
    }
}
