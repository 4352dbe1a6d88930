package vn.vtvlstudio.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vtvlstudio.domain.Scheme;
import vn.vtvlstudio.domain.SchemeSnapshot;
import vn.vtvlstudio.persistence.Database;
import vn.vtvlstudio.rules.Severity;
import vn.vtvlstudio.service.CheckService;
import vn.vtvlstudio.service.EditHistory;
import vn.vtvlstudio.service.ReferenceService;
import vn.vtvlstudio.service.SchemeService;
import vn.vtvlstudio.testing.SampleStore;

/** The dashboard's reduction rows on the Hậu Giang sample: the published 598 → 568 and 102 → 92 against KL 40. */
class DashboardViewModelTest {

    @TempDir
    Path dir;
    private Database db;
    private DashboardViewModel dashboard;
    private CheckService checks;
    private Scheme hauGiang;

    @BeforeEach
    void open() {
        db = SampleStore.open(dir);
        hauGiang = SampleStore.hauGiang(db);
        checks = new CheckService(db.rulePacks(), db.repositories().transactor());
        dashboard = new DashboardViewModel(ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("vi-VN")),
                checks::reductionTargets);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private SchemeSnapshot snapshot() {
        return new SchemeService(db.repositories()).snapshot(hauGiang.id());
    }

    private CategoryRow row(String category) {
        return dashboard.categories().stream().filter(r -> r.category().equals(category)).findFirst().orElseThrow();
    }

    @Test
    void eachCategoryIsHeldToItsTargetAndSaysWhatIsMissing() {
        dashboard.show(snapshot());

        CategoryRow cbcc = row("CBCC");
        assertEquals("598 (2022)", cbcc.baseline());
        assertEquals("568", cbcc.current());
        assertEquals("568", cbcc.proposed());
        assertEquals("30", cbcc.reduction());
        assertEquals("5,02 %", cbcc.rate());
        assertEquals("≥ 5 %", cbcc.target());
        assertEquals("Đạt", cbcc.verdict());

        CategoryRow vc = row("Viên chức");
        assertEquals("102 (2022)", vc.baseline());
        assertEquals("10", vc.reduction());
        assertEquals("9,80 %", vc.rate());
        assertEquals("≥ 10 %", vc.target());
        assertEquals("Chưa đạt: thiếu 1 (cần giảm ≥ 11)", vc.verdict());

        CategoryRow contracts = row("Hợp đồng");
        assertEquals("—", contracts.baseline());
        assertEquals("", contracts.target(), "no target for contract staff");
    }

    @Test
    void theSchemesOwnThresholdAndSwitchingTheRuleOffAreFollowed() {
        ReferenceService reference = new ReferenceService(db.repositories(), db.rulePacks(), new EditHistory(db.repositories().transactor()));

        reference.setRuleParam(hauGiang.id(), "REDUCTION_TARGET", "rate.VIEN_CHUC", "0.09");
        dashboard.show(snapshot());
        assertEquals("≥ 9 %", row("Viên chức").target());
        assertEquals("Đạt", row("Viên chức").verdict());

        reference.setRuleSeverity(hauGiang.id(), "REDUCTION_TARGET", Severity.OFF);
        dashboard.show(snapshot());
        assertEquals("", row("Viên chức").target());
        assertEquals("", row("Viên chức").verdict());
        assertEquals("9,80 %", row("Viên chức").rate(), "the rate itself is still shown");
    }
}
