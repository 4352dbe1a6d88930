package vn.vtvlstudio.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vtvlstudio.domain.StaffCategory;
import vn.vtvlstudio.persistence.Database;
import vn.vtvlstudio.rules.Finding;
import vn.vtvlstudio.rules.Severity;
import vn.vtvlstudio.service.CheckService;
import vn.vtvlstudio.testing.SampleStore;

/**
 * The findings panel's grouping on the Hậu Giang sample: 18 errors and 285 warnings, of which one scheme-wide error
 * (the Viên chức reduction is 1 person short) must not drown among 17 grade errors and 284 description warnings.
 */
class FindingsPanelViewModelTest {

    @TempDir
    static Path dir;
    static Database db;
    static MainViewModel vm;

    @BeforeAll
    static void open() {
        db = SampleStore.open(dir);
        vm = SampleStore.workspace(db);
        vm.setChecks(new CheckService(db.rulePacks(), db));
        vm.load();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static List<String> labels(FindingSection section) {
        return section.rules().stream().map(FindingSection.RuleGroup::label).toList();
    }

    @Test
    void findingsAreGroupedBySeverityThenRuleWithTheSchemeWideOnesFirst() {
        assertEquals("18 lỗi, 285 cảnh báo, 0 thông tin", vm.findingsSummaryProperty().get());
        List<FindingSection> sections = vm.findingSections();
        assertEquals(List.of("Lỗi (18)", "Cảnh báo (285)"), sections.stream().map(FindingSection::label).toList());

        FindingSection errors = sections.get(0);
        assertEquals(Severity.ERROR, errors.severity());
        assertEquals(18, errors.count());
        assertEquals(List.of("Chỉ tiêu tinh giản biên chế (1)", "Ngạch, chức danh nghề nghiệp không hợp lệ (17)"), labels(errors));
        FindingSection.RuleGroup reduction = errors.rules().get(0);
        assertEquals("REDUCTION_TARGET", reduction.ruleId());
        assertTrue(reduction.expanded(), "a rule with one finding is shown open");
        assertFalse(errors.rules().get(1).expanded(), "17 grade errors start collapsed");
        // about the whole scheme: the message alone, nothing in front of the numbers
        assertEquals("Viên chức: giảm 10 so với năm gốc 2022 (102) = 9,80% < 10%; "
                + "cần giảm ít nhất 11 (còn thiếu 1). Căn cứ: Kết luận 40-KL/TW.", vm.findingLine(reduction.findings().get(0)));

        FindingSection warnings = sections.get(1);
        assertEquals(List.of("Vị trí hỗ trợ, phục vụ dùng biên chế (1)", "Bản mô tả công việc chưa đầy đủ (284)"), labels(warnings));
        assertTrue(warnings.rules().get(0).expanded());
        assertFalse(warnings.rules().get(1).expanded());
        // a line names the place below the scheme's root agency, then what is wrong
        Finding grade = errors.rules().get(1).findings().get(0);
        assertEquals("Báo Hậu Giang › Phòng Trị sự › Bảo vệ  —  Vị trí nhóm hỗ trợ, phục vụ chưa có ngạch hoặc chức danh nghề nghiệp. "
                + "Căn cứ: TT13_2022; Hướng dẫn 01-HD/BCĐ.", vm.findingLine(grade));
    }

    @Test
    void threeMoreCbccPutTheSchemeWideReductionBeforeTheAgencysQuota() {
        PositionRow row = vm.sections().stream().flatMap(s -> s.positions().stream()).filter(r -> r.code().equals("HG-VPTU-005"))
                .findFirst().orElseThrow();
        vm.setHeadcount(row, StaffCategory.CBCC, Integer.toString(row.cbcc() + 3));
        try {
            FindingSection errors = vm.findingSections().get(0);
            assertEquals("Lỗi (20)", errors.label());
            // CBCC 598 → 571 is now short of the 5 % cut as well: the scheme-wide group grows and stays on top
            assertEquals(List.of("Chỉ tiêu tinh giản biên chế (2)", "Vượt biên chế được giao (1)",
                    "Ngạch, chức danh nghề nghiệp không hợp lệ (17)"), labels(errors));
            assertEquals(List.of("Cán bộ, công chức", "Viên chức"), errors.rules().get(0).findings().stream()
                    .map(f -> vm.findingLine(f).substring(0, vm.findingLine(f).indexOf(':'))).sorted().toList());
            String quota = vm.findingLine(errors.rules().get(1).findings().get(0));
            assertEquals("Văn phòng Tỉnh ủy Hậu Giang  —  Cán bộ, công chức: đề xuất 40 > biên chế được giao năm 2024 là 37; vượt 3.",
                    quota.substring(0, quota.indexOf(" Căn cứ:")));
        } finally {
            vm.undo();
        }
        assertEquals("Lỗi (18)", vm.findingSections().get(0).label());
    }
}
