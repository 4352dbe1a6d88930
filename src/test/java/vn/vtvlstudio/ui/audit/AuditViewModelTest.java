package vn.vtvlstudio.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vtvlstudio.domain.Headcount;
import vn.vtvlstudio.domain.Position;
import vn.vtvlstudio.persistence.Database;
import vn.vtvlstudio.service.AuditService;
import vn.vtvlstudio.testing.SampleStore;

class AuditViewModelTest {

    @TempDir
    Path dir;

    @Test
    void showsTheNewestChangeFirstAndExportsCsv() throws Exception {
        try (Database db = SampleStore.open(dir)) {
            Position p = db.repositories().positions().findByScheme(SampleStore.hauGiang(db).id()).get(0);
            Position renamed = new Position(p.id(), p.schemeId(), p.code(), "=Trưởng ban (sửa)", p.group(), p.agencyId(), p.unitId(),
                    p.workloadType(), p.leadershipRole(), p.linkedPositionId(), p.gradeCode(), p.stepMin(), p.stepMax(),
                    new Headcount(2, 0, 0, 0), p.frameworkRef(), p.note(), p.ordinal());
            db.run(() -> db.repositories().positions().update(renamed));

            AuditViewModel vm = new AuditViewModel(new AuditService(db.repositories()),
                    ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("vi-VN")), Runnable::run, Runnable::run);
            vm.load();
            assertEquals(AuditViewModel.LIMIT, vm.entries().size(), "the sample load alone is more than the window shows");
            assertEquals("hc_cbcc", vm.entries().get(0).field());
            assertEquals("name", vm.entries().get(1).field());
            assertEquals("=Trưởng ban (sửa)", vm.entries().get(1).newValue());

            Path csv = dir.resolve("nhat-ky.csv");
            vm.exportCsv(csv);
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            assertTrue(lines.get(0).startsWith("\uFEFFid,thoi_gian"), lines.get(0));
            assertEquals(AuditViewModel.LIMIT + 1, lines.size());
            assertTrue(lines.get(2).contains("\"'=Trưởng ban (sửa)\""), "a formula-looking value is written as text: " + lines.get(2));
            assertTrue(vm.statusProperty().get().startsWith("Đã xuất 2.000 dòng"), vm.statusProperty().get());
        }
    }
}
