package vn.vtvlstudio.ui.detail;

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
import vn.vtvlstudio.ui.main.PositionRow;

/** Job description and competency framework of a Hậu Giang position, edited through the ViewModel. */
class PositionDetailViewModelTest {

    @TempDir
    Path dir;
    Database db;
    MainViewModel main;
    PositionDetailViewModel vm;

    @BeforeEach
    void open() {
        db = SampleStore.open(dir);
        main = SampleStore.workspace(db);
        main.load();
        vm = main.detailViewModel();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void select(String code) {
        PositionRow row = main.sections().stream().flatMap(s -> s.positions().stream()).filter(r -> r.code().equals(code)).findFirst().orElseThrow();
        main.selectedRowProperty().set(row);
    }

    @Test
    void showsTheDescriptionAndTheLeadersProfessionalPosition() {
        select("HG-VPTU-001");
        assertTrue(vm.leaderLinkProperty().get().contains("HG-VPTU-005"), vm.leaderLinkProperty().get());
        select("HG-VPTU-005");
        assertEquals(4, vm.tasksProperty().get().lines().count());
        assertTrue(vm.tasksProperty().get().startsWith("1 | Theo dõi tình hình thực hiện nghị quyết"));
        assertFalse(vm.competencies().isEmpty());
        assertFalse(vm.competencies().get(0).descriptor().isBlank(), "the descriptor of the required level is shown");
    }

    @Test
    void setACompetencyLevelAndSeeItsDescriptorThenUndo() {
        select("HG-VPTU-005");
        CompetencyLine first = vm.competencies().get(0);
        int level = first.level() == 5 ? 4 : 5;
        vm.setLevel(first.competencyId(), level);
        CompetencyLine now = vm.competencies().stream().filter(c -> c.competencyId() == first.competencyId()).findFirst().orElseThrow();
        assertEquals(level, now.level());
        assertFalse(now.descriptor().equals(first.descriptor()), "the descriptor follows the level");
        main.undo();
        assertEquals(first.level(), vm.competencies().stream().filter(c -> c.competencyId() == first.competencyId()).findFirst().orElseThrow().level());
    }

    @Test
    void tasksAreSavedFromTheirLinesAndABadLineIsRefused() {
        select("HG-VPTU-005");
        vm.tasksProperty().set("một | Theo dõi | Sổ | Hằng tháng");
        assertFalse(vm.saveDescription());
        assertTrue(vm.errorProperty().get().startsWith("Dòng công việc 1"));
        vm.objectiveProperty().set("Mục tiêu đã sửa");
        vm.tasksProperty().set("1 | Theo dõi | Sổ theo dõi | Hằng tháng\n2 | Báo cáo | Báo cáo quý | Đúng hạn\n");
        assertTrue(vm.saveDescription());
        assertEquals("Mục tiêu đã sửa", vm.objectiveProperty().get());
        assertEquals(2, vm.tasksProperty().get().lines().count());
        main.undo();
        assertEquals(4, vm.tasksProperty().get().lines().count());
    }
}
