package vn.vtvlstudio.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vtvlstudio.domain.StaffCategory;
import vn.vtvlstudio.persistence.Database;
import vn.vtvlstudio.rules.Finding;
import vn.vtvlstudio.rules.Severity;
import vn.vtvlstudio.service.CheckService;
import vn.vtvlstudio.testing.SampleStore;

/** Editing through the main window's ViewModel, synchronously, on the Hậu Giang sample. */
class MainViewModelEditTest {

    @TempDir
    Path dir;
    Database db;
    MainViewModel vm;

    @BeforeEach
    void open() {
        db = SampleStore.open(dir);
        vm = SampleStore.workspace(db);
        vm.setChecks(new CheckService(db.rulePacks(), db));
        vm.load();
    }

    private long quotaFindings() {
        return vm.findings().stream().filter(f -> f.ruleId().equals("QUOTA_EXCEEDED")).count();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private PositionRow row(String code) {
        return vm.sections().stream().flatMap(s -> s.positions().stream()).filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    private List<PositionRow> rows() {
        return vm.sections().stream().flatMap(s -> s.positions().stream()).toList();
    }

    @Test
    void addingAPositionPastTheQuotaShowsInTheTotalsAndUndoTakesItBack() {
        assertEquals("660", vm.bienCheTotalProperty().get());
        assertFalse(vm.overQuotaProperty().get());
        long quotaBefore = quotaFindings();

        vm.addBlankPosition(row("HG-VPTU-005"));
        assertEquals("323", vm.positionsTotalProperty().get());
        PositionRow blank = rows().stream().filter(r -> r.name().equals("Vị trí mới")).findFirst().orElseThrow();
        vm.setHeadcount(blank, StaffCategory.CBCC, "3");

        assertEquals("571", vm.cbccTotalProperty().get());
        assertEquals("663", vm.bienCheTotalProperty().get());
        assertTrue(vm.overQuotaProperty().get(), "663 > 660 assigned");
        Finding exceeded = vm.findings().stream().filter(f -> f.ruleId().equals("QUOTA_EXCEEDED")
                && f.targetKind().equals("AGENCY") && f.targetId() == blank.position().agencyId()).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, exceeded.severity());
        assertTrue(exceeded.messageVi().contains("37"), exceeded.messageVi());
        assertTrue(vm.titleProperty().get().endsWith("— đã lưu"), vm.titleProperty().get());
        assertTrue(vm.canUndoProperty().get());

        vm.undo();
        assertEquals("660", vm.bienCheTotalProperty().get());
        assertFalse(vm.overQuotaProperty().get());
        assertEquals(quotaBefore, quotaFindings(), "the finding goes with the undo");
        vm.undo();
        assertEquals("322", vm.positionsTotalProperty().get());
        assertFalse(vm.canUndoProperty().get());
        assertTrue(vm.canRedoProperty().get());
        vm.redo();
        assertEquals("323", vm.positionsTotalProperty().get());
    }

    @Test
    void doubleClickingAFindingGoesToItsPosition() {
        vm.setHeadcount(row("HG-VPTU-005"), StaffCategory.CBCC, "0");
        Finding concurrent = vm.findings().stream().filter(f -> f.ruleId().equals("CONCURRENT_HEADCOUNT")
                && f.targetKind().equals("POSITION")).findFirst().orElseThrow();
        vm.goTo(concurrent);
        assertEquals(row("HG-VPTU-005").position().agencyId(), vm.selectedAgencyProperty().get().id());
        assertEquals("HG-VPTU-005", vm.focusCodeProperty().get());
    }

    @Test
    void badInputIsRefusedWithAMessageAndNothingChanges() {
        PositionRow r = row("HG-VPTU-005");
        assertEquals("Số CBCC không được âm (đã nhập -1).", vm.headcountProblem(StaffCategory.CBCC, "-1"));
        assertNull(vm.headcountProblem(StaffCategory.CBCC, "12"));
        vm.setHeadcount(r, StaffCategory.CBCC, "-1");
        assertEquals("Số CBCC không được âm (đã nhập -1).", vm.errorProperty().get());
        vm.setCode(r, "HG-VPTU-001");
        assertTrue(vm.errorProperty().get().startsWith("Mã vị trí «HG-VPTU-001» đã có"), vm.errorProperty().get());
        assertEquals("Mã vị trí", vm.errorFieldProperty().get());
        assertEquals("568", vm.cbccTotalProperty().get());
        assertFalse(vm.canUndoProperty().get());
    }

    @Test
    void inlineEditsOfNameUnitGradeAndWorkloadAreSaved() {
        PositionRow r = row("HG-VPTU-005");
        vm.renamePosition(r, "Chuyên viên tổng hợp");
        assertEquals("Chuyên viên tổng hợp", row("HG-VPTU-005").name());
        String otherUnit = vm.unitChoices(row("HG-VPTU-005")).stream().filter(u -> !u.equals(row("HG-VPTU-005").unit()))
                .filter(u -> !u.equals(vm.noUnitChoice())).findFirst().orElseThrow();
        vm.setUnit(row("HG-VPTU-005"), otherUnit);
        assertEquals(otherUnit, row("HG-VPTU-005").unit());
        String cvc = vm.gradeChoices().stream().filter(g -> g.startsWith("01.002 ")).findFirst().orElseThrow();
        vm.setGrade(row("HG-VPTU-005"), cvc);
        assertEquals(cvc, row("HG-VPTU-005").grade());
        vm.setWorkload(row("HG-VPTU-005"), "Kiêm nhiệm");
        assertEquals("Kiêm nhiệm", row("HG-VPTU-005").workload());
        assertEquals("560", vm.cbccTotalProperty().get(), "a concurrent position takes nobody: 568 − 8");
        vm.undo();
        assertEquals("568", vm.cbccTotalProperty().get());
    }

    @Test
    void searchFiltersAndBulkEditSetsTheGradeOfSeveralRowsInOneStep() {
        vm.filterProperty().set("HG-VPTU-00");
        assertEquals(9, rows().size(), "HG-VPTU-001 … 009");
        vm.filterProperty().set("");
        assertEquals(322, rows().size());

        List<PositionRow> two = List.of(row("HG-VPTU-005"), row("HG-VPTU-006"));
        String cs = vm.gradeChoices().stream().filter(g -> g.startsWith("01.004 ")).findFirst().orElseThrow();
        vm.bulkSet(two, null, cs);
        assertEquals(cs, row("HG-VPTU-005").grade());
        assertEquals(cs, row("HG-VPTU-006").grade());
        vm.undo();
        assertFalse(row("HG-VPTU-005").grade().startsWith("01.004"));
        assertFalse(row("HG-VPTU-006").grade().startsWith("01.004"));
    }

    @Test
    void duplicateAndDeleteFollowTheTotals() {
        vm.duplicate(row("HG-VPTU-005"));
        assertEquals("323", vm.positionsTotalProperty().get());
        assertEquals("576", vm.cbccTotalProperty().get());
        vm.delete(List.of(row("HG-VPTU-005-2"), row("HG-VPTU-005")));
        assertEquals("321", vm.positionsTotalProperty().get());
        assertEquals("560", vm.cbccTotalProperty().get());
    }
}
