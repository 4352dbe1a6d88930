package vn.vtvlstudio.ui.newscheme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vtvlstudio.domain.Agency;
import vn.vtvlstudio.domain.Scheme;
import vn.vtvlstudio.domain.SchemeStatus;
import vn.vtvlstudio.persistence.Database;
import vn.vtvlstudio.service.SchemeService;

class NewSchemeViewModelTest {

    @TempDir
    Path dir;

    @Test
    void createsAnEmptyDraftSchemeForANewAgency() {
        try (Database db = Database.open(dir.resolve("moi"))) {
            NewSchemeViewModel vm = new NewSchemeViewModel(new SchemeService(db.repositories()));
            assertEquals("PARTY_FRONT", vm.regimeProperty().get().code());
            assertEquals(5, vm.regimes().size());

            vm.yearProperty().set("hai nghìn");
            assertTrue(vm.create().isEmpty());
            assertTrue(vm.errorProperty().get().startsWith("Năm:"), vm.errorProperty().get());

            vm.yearProperty().set("2026");
            assertTrue(vm.create().isEmpty());
            assertEquals("Hãy nhập tên đề án.", vm.errorProperty().get());
            assertTrue(db.repositories().schemes().findAll().isEmpty(), "nothing stored for a refused form");

            vm.titleProperty().set("Đề án vị trí việc làm Ban Dân vận Tỉnh ủy");
            vm.agencyNameProperty().set("Ban Dân vận Tỉnh ủy");
            long id = vm.create().orElseThrow();
            assertEquals("", vm.errorProperty().get());
            Scheme s = db.repositories().schemes().find(id).orElseThrow();
            assertEquals(SchemeStatus.DRAFT, s.status());
            assertEquals(2026, s.year());
            assertEquals("PARTY_FRONT", s.regimeCode());
            Agency root = db.repositories().agencies().find(s.rootAgencyId()).orElseThrow();
            assertEquals("Ban Dân vận Tỉnh ủy", root.name());
            assertEquals(0, new SchemeService(db.repositories()).snapshot(id).totals().positions());
        }
    }
}
