package vn.vtvlstudio.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
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
import vn.vtvlstudio.domain.CancelledException;
import vn.vtvlstudio.domain.OrgUnit;
import vn.vtvlstudio.domain.Progress;
import vn.vtvlstudio.domain.SchemeSnapshot;
import vn.vtvlstudio.domain.Totals;
import vn.vtvlstudio.persistence.Database;
import vn.vtvlstudio.rules.Finding;
import vn.vtvlstudio.testing.DossierFiles;
import vn.vtvlstudio.testing.SampleStore;

/**
 * Progress and cancellation of the long work (open, check, export, import) on the real Hậu Giang sample: what a
 * cancelled step leaves behind is checked on disk and in the store. Every test leaves the store as it found it
 * (322 positions, CBCC 568, biên chế 660).
 */
class LongWorkServiceTest {

    @TempDir
    static Path dir;
    static Database db;
    static SchemeService schemes;
    static DossierService dossiers;
    static ImportService imports;
    static CheckService checks;
    static long schemeId;
    static SchemeSnapshot snapshot;
    static List<Finding> findings;

    @BeforeAll
    static void open() {
        db = SampleStore.open(dir);
        schemes = new SchemeService(db.repositories());
        dossiers = new DossierService(db.repositories());
        imports = new ImportService(db.repositories());
        checks = new CheckService(db.rulePacks(), db);
        schemeId = SampleStore.hauGiang(db).id();
        snapshot = schemes.snapshot(schemeId);
        findings = checks.check(snapshot);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    /** Records every report; asks to stop once {@code done} reaches {@code cancelAt} of the total (never when above 1). */
    static final class Recorder implements Progress {
        final List<long[]> reports = Collections.synchronizedList(new ArrayList<>());
        private final double cancelAt;
        private volatile boolean cancelled;

        Recorder(double cancelAt) {
            this.cancelAt = cancelAt;
        }

        @Override
        public void worked(long done, long total) {
            reports.add(new long[]{done, total});
            if (done >= cancelAt * total) {
                cancelled = true;
            }
        }

        @Override
        public boolean cancelled() {
            return cancelled;
        }

        void assertSteady() {
            assertFalse(reports.isEmpty(), "nothing was reported");
            long total = reports.get(0)[1];
            long last = -1;
            for (long[] r : reports) {
                assertEquals(total, r[1], "the total does not change during the work");
                assertTrue(r[0] >= last && r[0] <= total, "done goes up and stays within the total: " + r[0] + "/" + total);
                last = r[0];
            }
        }
    }

    private static Totals totals() {
        return schemes.snapshot(schemeId).totals();
    }

    private static void assertStoreUnchanged() {
        Totals t = totals();
        assertEquals(322, t.positions());
        assertEquals(568, t.headcount().cbcc());
        assertEquals(660, t.bienChe());
    }

    private static List<String> strayFiles() throws Exception {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
        }
    }

    @Test
    void exportReportsEveryStepUpToTheTotal() throws Exception {
        Path out = dir.resolve("steps.xlsx");
        Recorder progress = new Recorder(2);
        dossiers.export(snapshot, null, findings, out, progress);
        progress.assertSteady();
        long[] last = progress.reports.get(progress.reports.size() - 1);
        assertEquals(last[1], last[0], "the last report is the whole");
        assertTrue(progress.reports.size() >= 5, "reports while writing, not only at the end: " + progress.reports.size());
        DossierFiles.Totals t = DossierFiles.totals(out);
        assertEquals("TỔNG CỘNG (322 vị trí việc làm)", t.label());
        assertEquals(660, t.bienChe());
    }

    @Test
    void exportCancelledHalfwayWritesNoFile() throws Exception {
        Path out = dir.resolve("cancelled.xlsx");
        Recorder progress = new Recorder(0.5);
        assertThrows(CancelledException.class, () -> dossiers.export(snapshot, null, findings, out, progress));
        assertFalse(Files.exists(out), "no workbook where none was");
        assertEquals(List.of(), strayFiles(), "the temporary file is deleted");
        long[] last = progress.reports.get(progress.reports.size() - 1);
        assertTrue(last[0] < last[1], "stopped before the end");
    }

    @Test
    void exportCancelledWhileZippingKeepsThePreviousFile() throws Exception {
        Path out = dir.resolve("previous.xlsx");
        dossiers.export(schemes.snapshot(SampleStore.ducPho(db).id()), null, List.of(), out);
        byte[] before = Files.readAllBytes(out);
        // the rows are two thirds of the steps: cancel in the last third, while the sheets are zipped
        Recorder progress = new Recorder(0.7);
        assertThrows(CancelledException.class, () -> dossiers.export(snapshot, null, findings, out, progress));
        long rowsDone = progress.reports.stream().mapToLong(r -> r[0]).filter(d -> d <= 2 * progress.reports.get(0)[1] / 3).max().orElse(0);
        assertTrue(progress.reports.stream().anyMatch(r -> r[0] > rowsDone), "cancelled after the rows were written");
        assertArrayEquals(before, Files.readAllBytes(out), "the previous workbook is untouched");
        assertEquals(List.of(), strayFiles());
        assertFalse(DossierFiles.totals(out).label().contains("322"), "still the other scheme's dossier");
    }

    @Test
    void openingCancelledStopsBetweenReads() {
        Recorder whole = new Recorder(2);
        assertEquals(322, schemes.snapshot(schemeId, whole).positions().size());
        whole.assertSteady();
        assertEquals(SchemeService.SNAPSHOT_STEPS, whole.reports.size());
        Recorder half = new Recorder(0.5);
        assertThrows(CancelledException.class, () -> schemes.snapshot(schemeId, half));
        assertEquals(SchemeService.SNAPSHOT_STEPS / 2, half.reports.size(), "stopped at the first step past half");
    }

    @Test
    void fullCheckReportsAndStops() {
        Recorder whole = new Recorder(2);
        assertEquals(findings, checks.check(snapshot, whole));
        whole.assertSteady();
        long[] last = whole.reports.get(whole.reports.size() - 1);
        assertEquals(last[1], last[0]);
        assertTrue(last[1] >= 322, "one step per position at least: " + last[1]);
        assertThrows(CancelledException.class, () -> checks.check(snapshot, new Recorder(0.1)));
    }

    @Test
    void reviewShowsTheOneChangedCellAndTheImportIsOneUndoableStep() throws Exception {
        Path exported = dir.resolve("review.xlsx");
        dossiers.export(snapshot, null, findings, exported);
        Path edited = dir.resolve("review-edited.xlsx");
        String code = DossierFiles.withFirstCbccRaised(exported, edited, 1);
        int cbcc = snapshot.positions().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow().headcount().cbcc();

        Recorder reading = new Recorder(2);
        ImportReview review = imports.review(schemeId, edited, reading);
        reading.assertSteady();
        assertNull(review.refusal());
        assertEquals(List.of(), review.problems());
        assertTrue(review.canApply());
        assertEquals(DossierFiles.CATALOGUE, review.sheet());
        assertEquals(322, review.rows());
        assertEquals(new ImportService.ImportResult(0, 1, 321, false), review.counts());
        assertEquals(List.of(new ImportReview.Change(DossierFiles.CATALOGUE, DossierFiles.FIRST_POSITION_ROW + 1, code,
                ImportReview.Field.CBCC, String.valueOf(cbcc), String.valueOf(cbcc + 1))), review.changes());
        assertStoreUnchanged();

        EditService edits = new EditService(db.repositories(), new EditHistory(db));
        Recorder saving = new Recorder(2);
        assertEquals(new ImportService.ImportResult(0, 1, 321, true), edits.importReviewed(imports, review, saving));
        assertEquals(661, totals().bienChe());
        assertEquals(569, totals().headcount().cbcc());
        assertEquals("Nhập từ tệp review-edited.xlsx", edits.history().undoLabel().orElseThrow());
        edits.history().undo();
        assertStoreUnchanged();
        edits.history().redo();
        assertEquals(661, totals().bienChe());
        edits.history().undo();
        assertStoreUnchanged();
    }

    @Test
    void aFileWithAProblemIsShownNotApplied() throws Exception {
        Path exported = dir.resolve("problem.xlsx");
        dossiers.export(snapshot, null, findings, exported);
        Path edited = dir.resolve("problem-edited.xlsx");
        DossierFiles.withNegativeCbcc(exported, edited);
        ImportReview review = imports.review(schemeId, edited, Progress.NONE);
        assertFalse(review.canApply());
        assertEquals(List.of(), review.changes());
        assertEquals(1, review.problems().size());
        ImportReview.Problem p = review.problems().get(0);
        assertEquals(DossierFiles.CATALOGUE, p.sheet());
        assertEquals(DossierFiles.FIRST_POSITION_ROW + 1, p.row());
        assertEquals("I", p.column());
        assertTrue(p.message().contains("-3"), p.message());
        EditService edits = new EditService(db.repositories(), new EditHistory(db));
        assertThrows(ImportService.ImportRejectedException.class, () -> edits.importReviewed(imports, review, Progress.NONE));
        assertFalse(edits.history().canUndo());
        assertStoreUnchanged();
    }

    @Test
    void anUnreadableFileIsRefusedWithItsReason() throws Exception {
        Path notAWorkbook = dir.resolve("ghi-chu.xlsx");
        Files.writeString(notAWorkbook, "Đây không phải bảng tính");
        ImportReview review = imports.review(schemeId, notAWorkbook, Progress.NONE);
        assertNotNull(review.refusal());
        assertTrue(review.refusal().contains("không phải là bảng tính Excel"), review.refusal());
        assertFalse(review.canApply());
        assertNull(review.sheet());
    }

    @Test
    void readingCancelledStops() throws Exception {
        Path exported = dir.resolve("reading.xlsx");
        dossiers.export(snapshot, null, findings, exported);
        assertThrows(CancelledException.class, () -> imports.review(schemeId, exported, new Recorder(0)));
    }

    /** An officer's sheet creating {@code rows} positions in one unit: enough rows to be cancelled between two reports. */
    private static Path officerSheet(String file, int rows) throws Exception {
        Map<String, Long> counts = db.repositories().agencies().findAllUnits().stream()
                .collect(Collectors.groupingBy(OrgUnit::name, Collectors.counting()));
        String unit = counts.entrySet().stream().filter(e -> e.getValue() == 1).map(Map.Entry::getKey).sorted().findFirst().orElseThrow();
        Path path = dir.resolve(file);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Biểu 01");
            String[] head = {"STT", "Tên vị trí việc làm", "Nhóm", "Đơn vị", "Số lượng CBCC"};
            Row h = s.createRow(0);
            for (int c = 0; c < head.length; c++) {
                h.createCell(c).setCellValue(head[c]);
            }
            for (int r = 1; r <= rows; r++) {
                Row row = s.createRow(r);
                row.createCell(0).setCellValue(r);
                row.createCell(1).setCellValue("Chuyên viên số " + r);
                row.createCell(2).setCellValue("Chuyên môn dùng chung");
                row.createCell(3).setCellValue(unit);
                row.createCell(4).setCellValue(1);
            }
            try (OutputStream out = Files.newOutputStream(path)) {
                wb.write(out);
            }
        }
        return path;
    }

    @Test
    void importCancelledWhileSavingRollsBack() throws Exception {
        Path file = officerSheet("120.xlsx", 120);
        ImportReview review = imports.review(schemeId, file, Progress.NONE);
        assertEquals(new ImportService.ImportResult(120, 0, 0, false), review.counts());
        assertEquals(120, review.changes().size());

        Recorder halfway = new Recorder(0.4); // the first report is at 50 of 120 rows saved
        assertThrows(CancelledException.class, () -> imports.apply(review, halfway));
        assertEquals(List.of(50L), halfway.reports.stream().map(r -> r[0]).toList(), "50 rows were saved before the cancel");
        assertStoreUnchanged();

        EditService edits = new EditService(db.repositories(), new EditHistory(db));
        assertThrows(CancelledException.class, () -> edits.importReviewed(imports, review, new Recorder(0.4)));
        assertFalse(edits.history().canUndo(), "a cancelled import is not in the history");
        assertStoreUnchanged();
    }
}
