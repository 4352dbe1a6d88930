package vn.vtvlstudio.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.vtvlstudio.domain.Counting;
import vn.vtvlstudio.domain.GroupKind;
import vn.vtvlstudio.domain.Headcount;
import vn.vtvlstudio.domain.LeadershipRole;
import vn.vtvlstudio.domain.Position;
import vn.vtvlstudio.domain.StaffCategory;
import vn.vtvlstudio.domain.WorkloadType;

/** After every edit, the incremental findings equal those of a full check of the edited scheme. */
class IncrementalCheckerTest {

    private final List<Position> current = new ArrayList<>();
    private SchemeBuilder builder;
    private RulePack pack;
    private IncrementalChecker checker;

    private void start(SchemeBuilder b) {
        builder = b;
        pack = ShippedPacks.pack(b.regimeCode);
        current.clear();
        current.addAll(b.positions);
        checker = new IncrementalChecker(b.snapshot(), pack, Map.of());
        assertEquals(full(), checker.findings());
    }

    private List<Finding> full() {
        return RuleEngine.check(builder.snapshot(current), pack, Map.of());
    }

    private Position find(String name) {
        return current.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private List<Finding> edit(Position before, Position after) {
        if (before != null) {
            current.removeIf(p -> p.id().equals(before.id()));
        }
        if (after != null) {
            current.add(after);
        }
        List<Finding> touched = checker.update(before, after);
        List<Finding> expected = full();
        assertEquals(expected, checker.findings());
        assertEquals(Counting.totals(current), checker.rollups().scheme().toTotals());
        return touched;
    }

    @Test
    void partyEditsMatchFullChecks() {
        start(CleanSchemes.party().b);
        Position organiser = find("Chuyên viên tổ chức cán bộ");
        Position clerk = find("Chuyên viên văn phòng");

        List<Finding> touched = edit(organiser, Edit.of(organiser).people(StaffCategory.CBCC, 9).done());
        assertTrue(touched.stream().anyMatch(f -> f.ruleId().equals("QUOTA_EXCEEDED")), touched::toString);

        edit(clerk, Edit.of(clerk).code(organiser.code()).done());
        assertEquals(2, checker.findings().stream().filter(f -> f.ruleId().equals("DATA_SANITY")).count());
        clerk = find("Chuyên viên văn phòng");
        edit(clerk, Edit.of(clerk).code("VT-NEW").grade("01.002").done());

        organiser = find("Chuyên viên tổ chức cán bộ");
        CleanSchemes.Party ids = CleanSchemes.party();
        edit(organiser, Edit.of(organiser).agency(ids.district, ids.districtOffice).done());

        organiser = find("Chuyên viên tổ chức cán bộ");
        edit(organiser, null);
        assertTrue(checker.findings().stream().anyMatch(f -> f.ruleId().equals("LEADER_HOLDS_PROFESSIONAL")));

        Position added = new Position(9_999L, SchemeBuilder.SCHEME_ID, "VT-9999", "Chuyên viên kiểm tra", GroupKind.SPECIALISED,
                ids.board, ids.boardOffice, WorkloadType.MOT_NGUOI, LeadershipRole.NONE, null, "01.003", null, null,
                new Headcount(1, 0, 0, 0), "KHUNG-9999", null, 99);
        edit(null, added);
        edit(added, Edit.of(added).workload(WorkloadType.KIEM_NHIEM).done());
    }

    @Test
    void civilEditsOfDeputiesAndUnitsMatchFullChecks() {
        start(CleanSchemes.civil("CC_ND361_2025").b);
        Position deputy = find("Phó Trưởng phòng Công chức, viên chức");
        edit(deputy, Edit.of(deputy).people(StaffCategory.CBCC, 4).done());
        Position director = find("Phó Giám đốc Sở");
        edit(director, Edit.of(director).people(StaffCategory.CBCC, 1).done());
        Position officer = find("Chuyên viên quản lý công chức");
        edit(officer, Edit.of(officer).framework("KHUNG-A+KHUNG-B").grade("01.002").done());
        Position clerk = find("Văn thư");
        edit(clerk, Edit.of(clerk).framework(find("Kế toán").frameworkRef()).done());
        clerk = find("Văn thư");
        edit(clerk, Edit.of(clerk).framework("KHUNG-VT").done());
    }
}
