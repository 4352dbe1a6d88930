package vn.vtvlstudio.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vtvlstudio.domain.SchemeSnapshot;
import vn.vtvlstudio.domain.Totals;
import vn.vtvlstudio.persistence.Database;
import vn.vtvlstudio.service.SchemeService;
import vn.vtvlstudio.testing.SampleStore;
import vn.vtvlstudio.ui.Formats;

/** The main window's state, on a synchronous executor over the real sample store. */
class MainViewModelTest {

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
        MainViewModel vm = new MainViewModel(new SchemeService(db.repositories()),
                ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("vi-VN")), Runnable::run, Runnable::run);
        vm.load();
        return vm;
    }

    @Test
    void opensTheFirstSchemeWithItsTotals() {
        MainViewModel vm = loaded();
        assertEquals(2, vm.schemeItems().size());
        assertTrue(vm.selectedSchemeProperty().get().title().contains("Hậu Giang"));
        assertEquals("322", vm.positionsTotalProperty().get());
        assertEquals("568", vm.cbccTotalProperty().get());
        assertEquals("92", vm.vienChucTotalProperty().get());
        assertEquals("660", vm.bienCheTotalProperty().get());
        assertEquals("92", vm.hopDongTotalProperty().get());
        assertEquals("/ giao 660 (năm 2024)", vm.quotaTextProperty().get());
        assertFalse(vm.overQuotaProperty().get());
        assertFalse(vm.busyProperty().get());
        int rows = vm.sections().stream().mapToInt(s -> s.positions().size()).sum();
        assertEquals(322, rows);
        assertEquals(4, vm.sections().size(), "four groups of the Party–Front regime");
        assertTrue(vm.sections().get(0).heading().name().startsWith("I. "));
    }

    @Test
    void selectingAnAgencyShowsItsSubtreeOnly() {
        MainViewModel vm = loaded();
        AgencyNode btc = vm.agencyRootProperty().get().children().stream()
                .filter(n -> n.name().equals("Ban Tổ chức Tỉnh ủy Hậu Giang")).findFirst().orElseThrow();
        vm.selectedAgencyProperty().set(btc);

        SchemeSnapshot snap = vm.snapshotProperty().get();
        Totals expected = snap.totalsOf(btc.id());
        assertTrue(expected.positions() > 5 && expected.positions() < 322, "a real part of the scheme: " + expected.positions());
        assertEquals(Formats.integer(expected.positions()), vm.positionsTotalProperty().get());
        assertEquals(Formats.integer(expected.bienChe()), vm.bienCheTotalProperty().get());
        assertEquals("Ban Tổ chức Tỉnh ủy Hậu Giang", vm.selectionTitleProperty().get());
        for (GroupSection section : vm.sections()) {
            int cbcc = section.positions().stream().mapToInt(PositionRow::cbcc).sum();
            assertEquals(cbcc, section.heading().cbcc(), "subtotal of " + section.heading().name());
        }
    }

    @Test
    void switchingSchemesReloads() {
        MainViewModel vm = loaded();
        SchemeItem ducPho = vm.schemeItems().stream().filter(s -> s.title().contains("Đức Phổ")).findFirst().orElseThrow();
        vm.selectedSchemeProperty().set(ducPho);
        SchemeSnapshot snap = vm.snapshotProperty().get();
        assertEquals(ducPho.id(), snap.scheme().id());
        assertEquals(Formats.integer(snap.positions().size()), vm.positionsTotalProperty().get());
    }

    @Test
    void numbersAreWrittenTheVietnameseWay() {
        assertEquals("1.578", Formats.integer(1578));
        assertEquals("31/12/2026", Formats.date(java.time.LocalDate.of(2026, 12, 31)));
    }
}
