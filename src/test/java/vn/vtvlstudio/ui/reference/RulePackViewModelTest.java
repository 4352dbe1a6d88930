package vn.vtvlstudio.ui.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vtvlstudio.persistence.Database;
import vn.vtvlstudio.testing.SampleStore;
import vn.vtvlstudio.ui.main.MainViewModel;

/** The Hậu Giang scheme's rule pack edited through the ViewModel: thresholds and severities change the findings at once. */
class RulePackViewModelTest {

    @TempDir
    Path dir;
    Database db;
    MainViewModel main;
    RulePackViewModel vm;

    @BeforeEach
    void open() {
        db = SampleStore.open(dir);
        main = ReferenceWorkspace.open(db);
        vm = main.referenceViewModel().rules();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long findings(String ruleId) {
        return main.findings().stream().filter(f -> f.ruleId().equals(ruleId)).count();
    }

    private ParamRow param(String key) {
        return vm.params().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void nothingIsReadUntilTheTabIsOpened() {
        MainViewModel closed = ReferenceWorkspace.closed(db);
        ReferenceViewModel reference = closed.referenceViewModel();
        assertTrue(reference.rules().rules().isEmpty());
        assertTrue(reference.grades().rows().isEmpty());
        reference.activate();
        assertEquals(17, reference.rules().rules().size());
        assertEquals(36, reference.grades().rows().size());
    }

    @Test
    void everyRuleIsListedWithSeverityThresholdsBasisAndPeriod() {
        assertEquals(17, vm.rules().size());
        assertEquals("Bộ quy tắc «Cơ quan Đảng, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội» (PARTY_FRONT)", vm.headingProperty().get());
        vm.select("REDUCTION_TARGET");
        RuleRow cut = vm.selectedProperty().get();
        assertEquals("Tỷ lệ tinh giản biên chế tối thiểu", cut.title());
        assertEquals("Lỗi", cut.severity());
        assertEquals("rate.CBCC = 5 %; rate.VIEN_CHUC = 10 %; rounding = CEILING; level = SCHEME", cut.params());
        assertEquals("40-KL/TW", cut.basis());
        assertTrue(vm.ruleBasisProperty().get().startsWith("Căn cứ: 40-KL/TW (Kết luận về nâng cao hiệu quả công tác quản lý biên chế"),
                vm.ruleBasisProperty().get());
        assertTrue(vm.ruleBasisProperty().get().endsWith("Hiệu lực: 18/07/2022 – 31/12/2026."), vm.ruleBasisProperty().get());
        assertEquals("18/07/2022 – 31/12/2026", cut.validity());
        assertTrue(cut.inForce());
        assertEquals("Tỷ lệ tinh giản tối thiểu: Viên chức", param("rate.VIEN_CHUC").label());
        assertEquals("10 %", param("rate.VIEN_CHUC").value());
        assertEquals("từ 0 % đến 100 %", param("rate.VIEN_CHUC").allowed());

        vm.select("DEPUTY_LIMIT");
        assertEquals("Tắt", vm.selectedProperty().get().severity());
        assertTrue(vm.selectedProperty().get().validity().startsWith("không giới hạn"), vm.selectedProperty().get().validity());
    }

    @Test
    void aLowerReductionTargetClearsTheErrorAndUndoBringsItBack() {
        assertEquals(1, findings("REDUCTION_TARGET"));
        assertTrue(main.findings().stream().anyMatch(f -> f.messageVi().startsWith("Viên chức: giảm 10 so với năm gốc 2022 (102) = 9,80% < 10%")));
        String summaryBefore = main.findingsSummaryProperty().get();

        vm.select("REDUCTION_TARGET");
        assertEquals(1, vm.selectedProperty().get().findings(), "the rule's row counts its findings");
        assertTrue(vm.setParam(param("rate.VIEN_CHUC"), "9"));
        assertEquals(0, findings("REDUCTION_TARGET"));
        assertEquals(0, vm.selectedProperty().get().findings());
        assertFalse(main.findingsSummaryProperty().get().equals(summaryBefore));
        assertEquals("9 %", param("rate.VIEN_CHUC").value());
        assertEquals("10 %", param("rate.VIEN_CHUC").packValue());
        assertTrue(param("rate.VIEN_CHUC").changed());
        assertTrue(vm.selectedProperty().get().overridden());
        assertTrue(main.statusProperty().get().contains("10 % → 9 %"), main.statusProperty().get());

        main.undo();
        assertEquals(1, findings("REDUCTION_TARGET"));
        assertEquals(summaryBefore, main.findingsSummaryProperty().get());
        assertEquals("10 %", param("rate.VIEN_CHUC").value());
        assertFalse(vm.selectedProperty().get().overridden());
    }

    @Test
    void aWrongThresholdIsRefusedNamingTheParameter() {
        vm.select("REDUCTION_TARGET");
        assertFalse(vm.setParam(param("rate.VIEN_CHUC"), "120"));
        assertEquals("Tỷ lệ tinh giản tối thiểu: Viên chức phải từ 0 đến 100 % (đã nhập 120).", vm.errorProperty().get());
        assertFalse(vm.setParam(param("rate.VIEN_CHUC"), "mười"));
        assertEquals("Tỷ lệ tinh giản tối thiểu: Viên chức: «mười» không phải là số (ví dụ 9 hoặc 9,5).", vm.errorProperty().get());
        assertFalse(main.canUndoProperty().get(), "nothing was saved");
        assertEquals(1, findings("REDUCTION_TARGET"));
    }

    @Test
    void switchingARuleOffRemovesItsWarningsAndResetBringsThemBack() {
        long warnings = findings("DESCRIPTION_COMPLETE");
        assertTrue(warnings > 0);
        vm.select("DESCRIPTION_COMPLETE");
        assertEquals(warnings, vm.selectedProperty().get().findings());
        vm.setSeverity("Tắt");
        assertEquals(0, findings("DESCRIPTION_COMPLETE"));
        assertEquals("Tắt", vm.selectedProperty().get().severity());
        assertEquals("Tắt", vm.severityProperty().get());

        vm.resetToPack();
        assertEquals(warnings, findings("DESCRIPTION_COMPLETE"));
        assertEquals("Cảnh báo", vm.severityProperty().get());
        assertFalse(vm.selectedProperty().get().overridden());
    }
}
