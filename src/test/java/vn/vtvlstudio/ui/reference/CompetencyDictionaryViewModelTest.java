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

/** The competency dictionary with its five level descriptors, edited through the ViewModel. */
class CompetencyDictionaryViewModelTest {

    @TempDir
    Path dir;
    Database db;
    MainViewModel main;
    CompetencyDictionaryViewModel vm;

    @BeforeEach
    void open() {
        db = SampleStore.open(dir);
        main = ReferenceWorkspace.open(db);
        vm = main.referenceViewModel().competencies();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private CompetencyRow row(String code) {
        return vm.rows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void selectingACompetencyShowsItsDefinitionAndFiveLevels() {
        vm.groupFilterProperty().set("Chung");
        assertEquals(7, vm.rows().size(), "the seven general competencies shipped in V2");
        vm.selectedProperty().set(row("CHUNG_CNTT"));
        assertEquals("Sử dụng công nghệ thông tin", vm.nameProperty().get());
        assertEquals("Chung", vm.groupProperty().get());
        assertEquals("Sử dụng máy tính, thư điện tử và phần mềm soạn thảo cơ bản.", vm.levelProperty(1).get());
        assertEquals("Chỉ đạo chuyển đổi số của cơ quan.", vm.levelProperty(5).get());
        assertTrue(row("CHUNG_CNTT").uses() > 0);
    }

    @Test
    void aNewCompetencyIsAddedEditedAndDeletedWhileUnused() {
        int before = vm.rows().size();
        vm.newCompetency();
        vm.groupProperty().set("Quản lý");
        vm.codeProperty().set("QL_THAY_DOI");
        vm.nameProperty().set("Quản lý sự thay đổi");
        vm.definitionProperty().set("Dẫn dắt đơn vị qua thay đổi tổ chức, quy trình.");
        for (int level = 1; level <= 5; level++) {
            vm.levelProperty(level).set("Mô tả cấp độ " + level);
        }
        assertTrue(vm.save());
        assertEquals(before + 1, vm.rows().size());
        assertEquals("QL_THAY_DOI", vm.selectedProperty().get().code(), "the new competency is selected");
        assertEquals(0, vm.selectedProperty().get().uses());

        vm.levelProperty(3).set("Tổ chức thực hiện thay đổi ở cấp phòng.");
        assertTrue(vm.save());
        assertEquals("Tổ chức thực hiện thay đổi ở cấp phòng.", row("QL_THAY_DOI").competency().descriptor(3));
        main.undo();
        assertEquals("Mô tả cấp độ 3", row("QL_THAY_DOI").competency().descriptor(3));

        vm.newCompetency();
        vm.codeProperty().set("ql_thay_doi");
        vm.nameProperty().set("Trùng mã");
        assertFalse(vm.save());
        assertEquals("Mã năng lực «ql_thay_doi» đã có trong từ điển (Quản lý sự thay đổi).", vm.errorProperty().get());

        vm.selectedProperty().set(row("QL_THAY_DOI"));
        vm.delete();
        assertEquals(before, vm.rows().size());
        main.undo();
        assertEquals(before + 1, vm.rows().size());
    }

    @Test
    void aCompetencyInAFrameworkIsKeptAndTheMessageSaysWhere() {
        vm.selectedProperty().set(row("CHUNG_DAO_DUC"));
        int uses = row("CHUNG_DAO_DUC").uses();
        vm.delete();
        assertTrue(main.errorProperty().get().startsWith("Không xóa được năng lực «CHUNG_DAO_DUC – Đạo đức và bản lĩnh chính trị»: có trong khung năng lực của "
                + uses + " vị trí việc làm («"), main.errorProperty().get());
        assertTrue(vm.rows().stream().anyMatch(r -> r.code().equals("CHUNG_DAO_DUC")));
    }
}
