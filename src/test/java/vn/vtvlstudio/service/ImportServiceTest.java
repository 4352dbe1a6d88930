package vn.vtvlstudio.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vtvlstudio.domain.Headcount;
import vn.vtvlstudio.domain.OrgUnit;
import vn.vtvlstudio.domain.Position;
import vn.vtvlstudio.domain.Repositories;
import vn.vtvlstudio.domain.Scheme;
import vn.vtvlstudio.domain.Totals;
import vn.vtvlstudio.dossier.ImportPreview;
import vn.vtvlstudio.persistence.Database;
import vn.vtvlstudio.testing.SampleStore;

/** Import into a real H2 store with the Hậu Giang sample (322 positions, 568 CBCC + 92 VC, 92 HĐ). */
class ImportServiceTest {

    @TempDir
    Path dir;
    Database db;
    Repositories repos;
    ImportService service;
    Scheme scheme;

    @BeforeEach
    void open() {
        db = SampleStore.open(dir);
        repos = db.repositories();
        service = new ImportService(repos);
        scheme = SampleStore.hauGiang(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Totals totals() {
        return new SchemeService(repos).snapshot(scheme.id()).totals();
    }

    private String uniqueUnitName() {
        Map<String, Long> counts = repos.agencies().findAllUnits().stream()
                .collect(Collectors.groupingBy(OrgUnit::name, Collectors.counting()));
        return counts.entrySet().stream().filter(e -> e.getValue() == 1).map(Map.Entry::getKey).sorted().findFirst().orElseThrow();
    }

    /** An officer's sheet: header and rows {name, group, unit, cbcc}. */
    private Path officerSheet(String file, Object[][] rows) throws Exception {
        Path path = dir.resolve(file);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("Biểu 01");
            Row h = s.createRow(0);
            String[] head = {"STT", "Tên vị trí việc làm", "Nhóm", "Đơn vị", "Số lượng CBCC"};
            for (int c = 0; c < head.length; c++) {
                h.createCell(c).setCellValue(head[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 1);
                row.createCell(0).setCellValue(r + 1);
                row.createCell(1).setCellValue((String) rows[r][0]);
                row.createCell(2).setCellValue((String) rows[r][1]);
                row.createCell(3).setCellValue((String) rows[r][2]);
                row.createCell(4).setCellValue(((Number) rows[r][3]).doubleValue());
            }
            try (OutputStream out = Files.newOutputStream(path)) {
                wb.write(out);
            }
        }
        return path;
    }

    @Test
    void exportedDossierComesBackAsUpdatesOfTheSamePositions() throws Exception {
        Path file = dir.resolve("hg.xlsx");
        new DossierService(repos).export(scheme.id(), null, List.of(), file);
        ImportPreview preview = service.preview(scheme.id(), file);
        assertEquals(List.of(), preview.problems());
        assertEquals(ImportPreview.Source.DOSSIER, preview.source());
        assertEquals(322, preview.positions().size());

        Map<Long, Position> before = repos.positions().findByScheme(scheme.id()).stream()
                .collect(Collectors.toMap(Position::id, Function.identity()));
        ImportService.ImportResult result = service.apply(scheme.id(), preview);
        assertEquals(new ImportService.ImportResult(0, 0, 322, true), result, "an unchanged dossier changes nothing");

        Totals t = totals();
        assertEquals(322, t.positions());
        assertEquals(568, t.headcount().cbcc());
        assertEquals(92, t.headcount().vienChuc());
        assertEquals(92, t.headcount().hopDong());
        for (Position after : repos.positions().findByScheme(scheme.id())) {
            Position b = before.get(after.id());
            assertEquals(b.code(), after.code());
            assertEquals(b.name(), after.name());
            assertEquals(b.group(), after.group());
            assertEquals(b.unitId(), after.unitId());
            assertEquals(b.agencyId(), after.agencyId());
            assertEquals(b.gradeCode(), after.gradeCode());
            assertEquals(b.effectiveHeadcount(), after.effectiveHeadcount());
            assertEquals(b.leadershipRole(), after.leadershipRole());
        }
    }

    @Test
    void officersRowsAreCreatedInOneTransaction() throws Exception {
        String unit = uniqueUnitName();
        Path file = officerSheet("new.xlsx", new Object[][]{
            {"Chuyên viên về chuyển đổi số", "Chuyên môn dùng chung", unit, 2},
            {"Phó Trưởng phòng phụ trách số hóa", "Lãnh đạo, quản lý", unit, 1},
        });
        ImportPreview preview = service.preview(scheme.id(), file);
        assertEquals(List.of(), preview.problems());
        assertEquals(new ImportService.ImportResult(2, 0, 0, true), service.apply(scheme.id(), preview));
        Totals t = totals();
        assertEquals(324, t.positions());
        assertEquals(571, t.headcount().cbcc());
        Position deputy = repos.positions().findByScheme(scheme.id()).stream()
                .filter(p -> p.name().equals("Phó Trưởng phòng phụ trách số hóa")).findFirst().orElseThrow();
        assertEquals(vn.vtvlstudio.domain.LeadershipRole.CAP_PHO, deputy.leadershipRole());
        assertTrue(deputy.code().startsWith("NK."), deputy.code());
        assertEquals(unit, repos.agencies().findAllUnits().stream().filter(u -> u.id().equals(deputy.unitId()))
                .findFirst().orElseThrow().name());
    }

    @Test
    void oneBadRowChangesNothing() throws Exception {
        String unit = uniqueUnitName();
        Path file = officerSheet("bad.xlsx", new Object[][]{
            {"Chuyên viên A", "Chuyên môn dùng chung", unit, 2},
            {"Chuyên viên B", "Chuyên môn dùng chung", unit, -1},
            {"Chuyên viên C", "Chuyên môn dùng chung", "Phòng Không Tồn Tại", 1},
        });
        ImportPreview preview = service.preview(scheme.id(), file);
        assertFalse(preview.ok());
        assertEquals(List.of("Biểu 01!E3 (Số lượng CBCC): Số lượng không được âm (-1).",
                "Biểu 01!D4 (Đơn vị): Không tìm thấy đơn vị \"Phòng Không Tồn Tại\" trong đề án."),
                preview.problems().stream().map(Object::toString).toList());
        ImportService.ImportRejectedException e = assertThrows(ImportService.ImportRejectedException.class,
                () -> service.apply(scheme.id(), preview));
        assertEquals(2, e.problems().size());
        assertEquals(322, totals().positions());
        assertEquals(568, totals().headcount().cbcc());
    }

    @Test
    void aDatabaseFailureHalfwayRollsEverythingBack() throws Exception {
        String unit = uniqueUnitName();
        // the second name is longer than the column allows (1,024): the insert fails after the first succeeded
        Path file = officerSheet("long.xlsx", new Object[][]{
            {"Chuyên viên A", "Chuyên môn dùng chung", unit, 2},
            {"X".repeat(2000), "Chuyên môn dùng chung", unit, 1},
        });
        ImportPreview preview = service.preview(scheme.id(), file);
        assertTrue(preview.ok(), preview.problems().toString());
        assertThrows(RuntimeException.class, () -> service.apply(scheme.id(), preview));
        assertEquals(322, totals().positions());
        assertEquals(568, totals().headcount().cbcc());
        assertTrue(repos.positions().findByScheme(scheme.id()).stream().noneMatch(p -> p.name().equals("Chuyên viên A")));
    }

    @Test
    void editedHeadcountInTheDossierIsSaved() throws Exception {
        Path file = dir.resolve("hg.xlsx");
        new DossierService(repos).export(scheme.id(), null, List.of(), file);
        Path edited = dir.resolve("edited.xlsx");
        String code;
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet s = wb.getSheet("Danh mục VTVL");
            Row first = s.getRow(10); // the first position of group I
            code = first.getCell(1).getStringCellValue();
            first.getCell(8).setCellValue(first.getCell(8).getNumericCellValue() + 1);
            try (OutputStream out = Files.newOutputStream(edited)) {
                wb.write(out);
            }
        }
        Position before = repos.positions().findByScheme(scheme.id()).stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
        ImportPreview preview = service.preview(scheme.id(), edited);
        assertEquals(List.of(), preview.problems());
        assertEquals(new ImportService.ImportResult(0, 1, 321, true), service.apply(scheme.id(), preview));
        Position after = repos.positions().findByScheme(scheme.id()).stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
        assertEquals(before.effectiveHeadcount().cbcc() + 1, after.headcount().cbcc());
        assertEquals(569, totals().headcount().cbcc());
        assertEquals(new Headcount(before.effectiveHeadcount().cbcc() + 1, before.effectiveHeadcount().vienChuc(),
                before.effectiveHeadcount().hopDong(), 0), after.effectiveHeadcount());
    }

    @Test
    void dossierOfAnotherSchemeIsRefused() throws Exception {
        Scheme other = SampleStore.ducPho(db);
        Path file = dir.resolve("dp.xlsx");
        new DossierService(repos).export(other.id(), null, List.of(), file);
        ImportPreview preview = service.preview(scheme.id(), file);
        assertEquals(1, preview.problems().size());
        assertTrue(preview.problems().get(0).message().startsWith("Tệp được xuất từ đề án số " + other.id()));
    }
}
