package vn.vtvlstudio.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vtvlstudio.domain.SchemeSnapshot;
import vn.vtvlstudio.persistence.Database;
import vn.vtvlstudio.service.CheckService;
import vn.vtvlstudio.testing.SampleStore;

/** Opening a scheme and the full check with the progress bar and "Hủy", on a synchronous executor. */
class MainViewModelLongWorkTest {

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

    private static MainViewModel loaded() {
        MainViewModel vm = SampleStore.workspace(db);
        vm.setChecks(new CheckService(db.rulePacks(), db));
        vm.load();
        return vm;
    }

    /** Clicks "Hủy" as soon as a job whose message starts with {@code prefix} reports {@code at} or more. */
    private static void cancelWhen(MainViewModel vm, String prefix, double at) {
        var work = vm.longWork();
        work.progressProperty().addListener((obs, old, now) -> {
            if (work.messageProperty().get().startsWith(prefix) && now.doubleValue() >= at) {
                work.cancel();
            }
        });
    }

    @Test
    void openingShowsProgressAndACancelKeepsThePreviousScheme() {
        MainViewModel vm = loaded();
        SchemeItem hauGiang = vm.selectedSchemeProperty().get();
        SchemeSnapshot shown = vm.snapshotProperty().get();
        assertTrue(hauGiang.title().contains("Hậu Giang"));
        assertFalse(vm.findings().isEmpty());
        int findings = vm.findings().size();

        SchemeItem ducPho = vm.schemeItems().stream().filter(s -> s.title().contains("Đức Phổ")).findFirst().orElseThrow();
        java.util.List<String> messages = new java.util.ArrayList<>();
        vm.longWork().messageProperty().addListener((obs, old, now) -> messages.add(now));
        cancelWhen(vm, "Đang mở đề án", 0.5);
        vm.selectedSchemeProperty().set(ducPho);

        assertEquals("Đang mở đề án " + ducPho.title() + "…", messages.get(0));
        assertEquals(hauGiang, vm.selectedSchemeProperty().get(), "the chooser shows the scheme still open");
        assertTrue(vm.snapshotProperty().get() == shown, "the previous scheme stays shown");
        assertEquals("322", vm.positionsTotalProperty().get());
        assertEquals("660", vm.bienCheTotalProperty().get());
        assertEquals(findings, vm.findings().size());
        assertEquals("Đã hủy mở đề án; vẫn hiển thị «" + hauGiang.title() + "».", vm.statusProperty().get());
        assertFalse(vm.longWork().runningProperty().get());
    }

    @Test
    void theFullCheckCanBeCancelledAndRunAgain() {
        MainViewModel vm = loaded();
        int findings = vm.findings().size();
        String summary = vm.findingsSummaryProperty().get();
        assertTrue(findings > 0);

        cancelWhen(vm, "Đang kiểm tra", 0.1);
        vm.checkAll();
        assertEquals("Đã hủy kiểm tra; chưa có kết quả mới (F5 để kiểm tra lại).", vm.findingsSummaryProperty().get());
        assertEquals(findings, vm.findings().size(), "the findings of this very state are kept");

        MainViewModel again = loaded();
        again.checkAll();
        assertEquals(summary, again.findingsSummaryProperty().get());
        assertEquals(findings, again.findings().size());
    }
}
