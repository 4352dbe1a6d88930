package vn.vtvlstudio.ui.agencies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vtvlstudio.persistence.Database;
import vn.vtvlstudio.testing.SampleStore;
import vn.vtvlstudio.ui.main.MainViewModel;

/** The agencies-and-quotas tab on the Hậu Giang sample, synchronously. */
class AgenciesViewModelTest {

    @TempDir
    Path dir;
    Database db;
    MainViewModel main;
    AgenciesViewModel vm;

    @BeforeEach
    void open() {
        db = SampleStore.open(dir);
        main = SampleStore.workspace(db);
        main.load();
        vm = main.agenciesViewModel();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private OrgNode agency(String name) {
        return vm.rootProperty().get().children().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void addAUnitMoveItAndUndo() {
        OrgNode vptu = agency("Văn phòng Tỉnh ủy Hậu Giang");
        assertEquals(3, vptu.children().stream().filter(OrgNode::unit).count());
        vm.selectedProperty().set(vptu);
        vm.addUnit("Phòng Chuyển đổi số");
        OrgNode added = agency("Văn phòng Tỉnh ủy Hậu Giang").children().stream().filter(n -> n.name().equals("Phòng Chuyển đổi số"))
                .findFirst().orElseThrow();
        assertTrue(added.unit());

        vm.selectedProperty().set(added);
        OrgNode btc = vm.moveTargets().stream().filter(n -> n.name().equals("Ban Tổ chức Tỉnh ủy Hậu Giang")).findFirst().orElseThrow();
        vm.moveTo(btc);
        assertTrue(agency("Ban Tổ chức Tỉnh ủy Hậu Giang").children().stream().anyMatch(n -> n.name().equals("Phòng Chuyển đổi số")));
        assertFalse(agency("Văn phòng Tỉnh ủy Hậu Giang").children().stream().anyMatch(n -> n.name().equals("Phòng Chuyển đổi số")));

        main.undo();
        assertTrue(agency("Văn phòng Tỉnh ủy Hậu Giang").children().stream().anyMatch(n -> n.name().equals("Phòng Chuyển đổi số")));
        main.undo();
        assertEquals(3, agency("Văn phòng Tỉnh ủy Hậu Giang").children().stream().filter(OrgNode::unit).count());
    }

    @Test
    void anAgencyWithPositionsIsKeptWithAMessage() {
        vm.selectedProperty().set(agency("Văn phòng Tỉnh ủy Hậu Giang"));
        vm.delete();
        assertTrue(main.errorProperty().get().startsWith("Không xóa được «Văn phòng Tỉnh ủy Hậu Giang»: còn "), main.errorProperty().get());
        assertNotNull(agency("Văn phòng Tỉnh ủy Hậu Giang"));
    }

    @Test
    void quotasAreListedAndSetWithDecisionDateAndIssuer() {
        vm.selectedProperty().set(agency("Văn phòng Tỉnh ủy Hậu Giang"));
        assertEquals(3, vm.quotas().size());
        assertEquals(37, vm.quotas().stream().filter(q -> q.year() == 2024 && q.category().equals("CBCC")).findFirst().orElseThrow().amount());

        assertFalse(vm.saveQuota("2024", "CBCC", "40", "QĐ 12-QĐ/TU", "31/02/2024", "Tỉnh ủy", false));
        assertEquals("Ngày (dd/MM/yyyy): «31/02/2024» không phải ngày dạng dd/MM/yyyy.", vm.errorProperty().get());
        assertFalse(vm.saveQuota("2024", "CBCC", "-4", "", "", "", false));
        assertEquals("Số được giao không được âm (đã nhập -4).", vm.errorProperty().get());

        assertTrue(vm.saveQuota("2024", "CBCC", "40", "QĐ 12-QĐ/TU", "02/05/2024", "Ban Thường vụ Tỉnh ủy", false));
        QuotaRow row = vm.quotas().stream().filter(q -> q.year() == 2024 && q.category().equals("CBCC")).findFirst().orElseThrow();
        assertEquals(40, row.amount());
        assertEquals("02/05/2024", row.date());
        assertEquals("Ban Thường vụ Tỉnh ủy", row.issuer());
        assertEquals(3, vm.quotas().size());

        main.undo();
        assertEquals(37, vm.quotas().stream().filter(q -> q.year() == 2024 && q.category().equals("CBCC")).findFirst().orElseThrow().amount());
    }
}
