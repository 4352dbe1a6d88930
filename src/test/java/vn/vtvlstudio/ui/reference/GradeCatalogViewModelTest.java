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

/** The grade catalogue of a database with both samples, edited through the ViewModel. */
class GradeCatalogViewModelTest {

    @TempDir
    Path dir;
    Database db;
    MainViewModel main;
    GradeCatalogViewModel vm;

    @BeforeEach
    void open() {
        db = SampleStore.open(dir);
        main = ReferenceWorkspace.open(db);
        vm = main.referenceViewModel().grades();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private GradeRow row(String code) {
        return vm.rows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theCatalogueIsListedAndFiltered() {
        assertEquals(36, vm.rows().size(), "the 36 grades shipped in V2");
        GradeRow cv = row("01.003");
        assertEquals("Chuyên viên", cv.name());
        assertEquals("Ngạch", cv.kind());
        assertEquals("CV", cv.tier());
        assertEquals("từ 01/01/2003", cv.validity());
        assertTrue(cv.uses() > 0, "the samples use 01.003");

        vm.filterProperty().set("thanh tra");
        assertEquals(3, vm.rows().size());
        assertEquals("3 / 36 ngạch, chức danh", vm.countProperty().get());
        vm.filterProperty().set("");
        vm.kindFilterProperty().set("Chức danh nghề nghiệp");
        assertEquals(11, vm.rows().size());
        assertTrue(vm.rows().stream().allMatch(r -> r.kind().equals("CDNN")));
    }

    @Test
    void aNewGradeIsAddedThenEditedAndTheDuplicateIsRefused() {
        vm.newGrade();
        assertFalse(vm.existingProperty().get());
        vm.codeProperty().set("01.099");
        vm.nameProperty().set("Chuyên viên thử nghiệm");
        vm.sectorProperty().set("Hành chính");
        vm.validFromProperty().set("01/01/2025");
        assertTrue(vm.save());
        assertEquals(37, vm.rows().size());
        assertEquals("01.099", vm.selectedProperty().get().code(), "the new grade is selected");
        assertTrue(vm.existingProperty().get());
        assertTrue(main.gradeChoices().contains("01.099 Chuyên viên thử nghiệm"), "the positions table offers it at once");

        vm.nameProperty().set("Chuyên viên (thử)");
        vm.validToProperty().set("31/12/2024");
        assertFalse(vm.save());
        assertEquals("Hiệu lực đến (31/12/2024) trước hiệu lực từ (01/01/2025).", vm.errorProperty().get());
        vm.validToProperty().set("31/12/2026");
        assertTrue(vm.save());
        assertEquals("Chuyên viên (thử)", row("01.099").name());
        assertEquals("01/01/2025 – 31/12/2026", row("01.099").validity());

        vm.newGrade();
        vm.codeProperty().set("01.003");
        vm.nameProperty().set("Chuyên viên");
        vm.sectorProperty().set("Hành chính");
        assertFalse(vm.save());
        assertEquals("Mã ngạch «01.003» đã có trong danh mục (Chuyên viên).", vm.errorProperty().get());
        vm.codeProperty().set("01.100");
        vm.nameProperty().set("");
        assertFalse(vm.save());
        assertEquals("Tên ngạch / chức danh không được để trống.", vm.errorProperty().get());
        vm.nameProperty().set("Chuyên viên");
        vm.validFromProperty().set("32/01/2025");
        assertFalse(vm.save());
        assertEquals("Hiệu lực từ: «32/01/2025» không phải ngày dạng dd/MM/yyyy.", vm.errorProperty().get());
    }

    @Test
    void aGradeInUseIsKeptAndTheMessageSaysWhere() {
        vm.selectedProperty().set(row("01.003"));
        int uses = row("01.003").uses();
        vm.delete();
        assertTrue(main.errorProperty().get().startsWith("Không xóa được ngạch «01.003 Chuyên viên»: đang dùng ở " + uses + " vị trí việc làm («"),
                main.errorProperty().get());
        assertEquals(36, vm.rows().size());

        vm.selectedProperty().set(row("08.053"));
        assertEquals(0, row("08.053").uses());
        vm.delete();
        assertEquals(35, vm.rows().size());
        main.undo();
        assertEquals(36, vm.rows().size());
        assertEquals("Nhân viên hải quan", row("08.053").name());
    }
}
