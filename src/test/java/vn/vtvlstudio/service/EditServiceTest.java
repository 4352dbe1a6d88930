package vn.vtvlstudio.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vtvlstudio.domain.Agency;
import vn.vtvlstudio.domain.CompetencyRequirement;
import vn.vtvlstudio.domain.GroupKind;
import vn.vtvlstudio.domain.Headcount;
import vn.vtvlstudio.domain.JobDescription;
import vn.vtvlstudio.domain.JobTask;
import vn.vtvlstudio.domain.OrgUnit;
import vn.vtvlstudio.domain.OrgUnitKind;
import vn.vtvlstudio.domain.Position;
import vn.vtvlstudio.domain.Quota;
import vn.vtvlstudio.domain.Requirements;
import vn.vtvlstudio.domain.SchemeSnapshot;
import vn.vtvlstudio.domain.StaffCategory;
import vn.vtvlstudio.persistence.Database;
import vn.vtvlstudio.testing.SampleStore;

/** Edits on a real H2 file with the Hậu Giang sample (322 positions, 568 CBCC + 92 VC, 92 HĐ). */
class EditServiceTest {

    @TempDir
    Path dir;
    Database db;
    SchemeService schemes;
    EditService edits;
    long schemeId;

    @BeforeEach
    void open() {
        db = SampleStore.open(dir);
        schemes = new SchemeService(db.repositories());
        edits = new EditService(db.repositories(), new EditHistory(db));
        schemeId = SampleStore.hauGiang(db).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private SchemeSnapshot snap() {
        return schemes.snapshot(schemeId);
    }

    private Position byCode(String code) {
        return snap().positions().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    private long agency(String code) {
        return db.repositories().agencies().findByCode(code).orElseThrow().id();
    }

    @Test
    void addingAPositionRaisesTheTotalsAndUndoRedoFollow() {
        assertEquals(568, snap().totals().headcount().cbcc());
        Position added = edits.addBlankPosition(schemeId, agency("HG-VPTU"), null, GroupKind.SPECIALISED);
        edits.updatePosition(new Position(added.id(), schemeId, added.code(), "Chuyên viên theo dõi chuyển đổi số", added.group(),
                added.agencyId(), null, added.workloadType(), added.leadershipRole(), null, "01.003", null, null,
                new Headcount(3, 0, 1, 0), null, null, added.ordinal()));
        assertEquals(323, snap().totals().positions());
        assertEquals(571, snap().totals().headcount().cbcc());
        assertEquals(93, snap().totals().headcount().hopDong());
        assertEquals(663, snap().totals().bienChe());

        assertEquals("Sửa vị trí " + added.code(), edits.history().undo().orElseThrow());
        assertEquals(568, snap().totals().headcount().cbcc());
        assertEquals(323, snap().totals().positions(), "the blank one is still there");
        edits.history().undo();
        assertEquals(322, snap().totals().positions());
        assertFalse(edits.history().canUndo());

        edits.history().redo();
        edits.history().redo();
        assertEquals(323, snap().totals().positions());
        assertEquals(571, snap().totals().headcount().cbcc(), "redo re-inserts under a new id and the later edit still finds it");
    }

    @Test
    void aDuplicateCodeOrUnknownGradeNeverReachesTheStore() {
        Position p = byCode("HG-VPTU-005");
        Position clash = new Position(p.id(), schemeId, "HG-VPTU-001", p.name(), p.group(), p.agencyId(), p.unitId(), p.workloadType(),
                p.leadershipRole(), null, p.gradeCode(), null, null, p.headcount(), null, null, p.ordinal());
        InvalidEditException e = assertThrows(InvalidEditException.class, () -> edits.updatePosition(clash));
        assertEquals("Mã vị trí", e.field());
        assertTrue(e.getMessage().startsWith("Mã vị trí «HG-VPTU-001» đã có trong đề án"), e.getMessage());

        Position badGrade = new Position(p.id(), schemeId, p.code(), p.name(), p.group(), p.agencyId(), p.unitId(), p.workloadType(),
                p.leadershipRole(), null, "99.999", null, null, p.headcount(), null, null, p.ordinal());
        e = assertThrows(InvalidEditException.class, () -> edits.updatePosition(badGrade));
        assertEquals("Ngạch / chức danh «99.999» không có trong danh mục ngạch.", e.getMessage());

        assertEquals("01.003", byCode("HG-VPTU-005").gradeCode());
        assertFalse(edits.history().canUndo());
    }

    @Test
    void typedNumbersAreCheckedWithTheFieldName() {
        assertEquals(1578, EditInputs.count("Số CBCC", "1.578"));
        assertEquals(0, EditInputs.count("Số CBCC", " "));
        assertEquals("Số CBCC không được âm (đã nhập -2).",
                assertThrows(InvalidEditException.class, () -> EditInputs.count("Số CBCC", "-2")).getMessage());
        assertEquals("Số viên chức: «ba» không phải là số nguyên.",
                assertThrows(InvalidEditException.class, () -> EditInputs.count("Số viên chức", "ba")).getMessage());
        assertEquals(LocalDate.of(2024, 3, 31), EditInputs.date("Ngày quyết định", "31/03/2024"));
        assertThrows(InvalidEditException.class, () -> EditInputs.date("Ngày quyết định", "31/02/2024"));
    }

    @Test
    void undoOfADeleteRestoresDescriptionCompetenciesAndTheLeadersLink() {
        Position p = byCode("HG-VPTU-005");
        Position leader = byCode("HG-VPTU-001");
        assertEquals(p.id(), leader.linkedPositionId());
        JobDescription description = snap().description(p.id()).orElseThrow();
        List<CompetencyRequirement> competencies = snap().requirements().stream().filter(r -> r.positionId() == p.id()).toList();
        assertEquals(4, description.tasks().size());
        assertFalse(competencies.isEmpty());

        edits.deletePosition(p.id());
        assertEquals(321, snap().totals().positions());
        assertEquals(560, snap().totals().headcount().cbcc());
        assertNull(byCode("HG-VPTU-001").linkedPositionId());

        edits.history().undo();
        Position back = byCode("HG-VPTU-005");
        assertEquals(322, snap().totals().positions());
        assertEquals(568, snap().totals().headcount().cbcc());
        assertEquals(description.objective(), snap().description(back.id()).orElseThrow().objective());
        assertEquals(description.tasks(), snap().description(back.id()).orElseThrow().tasks());
        assertEquals(competencies.stream().map(r -> r.competencyId() + ":" + r.level()).toList(),
                snap().requirements().stream().filter(r -> r.positionId() == back.id()).map(r -> r.competencyId() + ":" + r.level()).toList());
        assertEquals(back.id(), byCode("HG-VPTU-001").linkedPositionId());

        edits.history().redo();
        assertEquals(321, snap().totals().positions());
    }

    @Test
    void anEditMadeBeforeADeleteCanStillBeUndoneAfterTheDeleteIsUndone() {
        Position p = byCode("HG-VPTU-005");
        edits.updatePosition(p.withHeadcount(new Headcount(10, 0, 0, 0)));
        edits.deletePosition(p.id());
        edits.history().undo();
        edits.history().undo();
        assertEquals(8, byCode("HG-VPTU-005").headcount().cbcc());
        assertEquals(568, snap().totals().headcount().cbcc());
    }

    @Test
    void duplicateCopiesDescriptionAndCompetenciesUnderAFreeCode() {
        Position p = byCode("HG-VPTU-005");
        Position copy = edits.duplicatePosition(p.id());
        assertEquals("HG-VPTU-005-2", copy.code());
        assertEquals(323, snap().totals().positions());
        assertEquals(576, snap().totals().headcount().cbcc());
        assertEquals(4, snap().description(copy.id()).orElseThrow().tasks().size());
        edits.history().undo();
        assertEquals(322, snap().totals().positions());
    }

    @Test
    void anAgencyWithPositionsIsNotDeleted() {
        InvalidEditException e = assertThrows(InvalidEditException.class, () -> edits.deleteAgency(agency("HG-VPTU")));
        long count = snap().positions().stream().filter(p -> p.agencyId() == agency("HG-VPTU")).count();
        assertEquals("Không xóa được «Văn phòng Tỉnh ủy Hậu Giang»: còn " + count
                + " vị trí việc làm. Hãy chuyển hoặc xóa các vị trí trước.", e.getMessage());
        assertTrue(db.repositories().agencies().findByCode("HG-VPTU").isPresent());
    }

    @Test
    void agenciesAndUnitsAreAddedRenamedMovedDeletedAndRestored() {
        long root = agency("HG");
        Agency added = edits.addAgency(root, "Ban Chỉ đạo chuyển đổi số");
        OrgUnit unit = edits.addUnit(added.id(), "Phòng Dữ liệu", OrgUnitKind.PHONG);
        edits.setQuota(new Quota(null, added.id(), 2024, StaffCategory.CBCC, 5, "QĐ 12-QĐ/TU", LocalDate.of(2024, 1, 15), "Tỉnh ủy", false));
        edits.renameAgency(added.id(), "Ban Chỉ đạo chuyển đổi số tỉnh");
        edits.moveAgency(added.id(), agency("HG-VPTU"));
        assertEquals(agency("HG-VPTU"), db.repositories().agencies().find(added.id()).orElseThrow().parentId());
        assertThrows(InvalidEditException.class, () -> edits.moveAgency(agency("HG-VPTU"), added.id()), "never under its own child");

        edits.deleteAgency(added.id());
        assertTrue(db.repositories().agencies().findByCode(added.code()).isEmpty());
        edits.history().undo();
        Agency back = db.repositories().agencies().findByCode(added.code()).orElseThrow();
        assertEquals("Ban Chỉ đạo chuyển đổi số tỉnh", back.name());
        assertEquals(agency("HG-VPTU"), back.parentId());
        assertEquals(List.of("Phòng Dữ liệu"), db.repositories().agencies().unitsOf(back.id()).stream().map(OrgUnit::name).toList());
        assertEquals(5, db.repositories().quotas().findByAgencies(List.of(back.id())).get(0).amount());

        edits.history().undo();
        assertEquals(agency("HG"), db.repositories().agencies().find(back.id()).orElseThrow().parentId(), "the move is undone too");

        // a unit with positions moves them along and refuses to be deleted
        OrgUnit th = db.repositories().agencies().unitsOf(agency("HG-VPTU")).stream().filter(u -> u.code().equals("TH")).findFirst().orElseThrow();
        assertThrows(InvalidEditException.class, () -> edits.deleteUnit(th.id()));
        edits.moveUnit(th.id(), agency("HG-BTC"));
        assertEquals(agency("HG-BTC"), byCode("HG-VPTU-005").agencyId());
        edits.history().undo();
        assertEquals(agency("HG-VPTU"), byCode("HG-VPTU-005").agencyId());
        assertNotEquals(null, unit.id());
    }

    @Test
    void aQuotaIsReplacedPerAgencyYearAndCategoryAndUndone() {
        long vptu = agency("HG-VPTU");
        assertEquals(37, snap().quota(vptu, 2024, StaffCategory.CBCC).orElseThrow().amount());
        edits.setQuota(new Quota(null, vptu, 2024, StaffCategory.CBCC, 30, "QĐ 99-QĐ/TU", LocalDate.of(2024, 5, 2), "Ban Thường vụ Tỉnh ủy", false));
        Quota q = snap().quota(vptu, 2024, StaffCategory.CBCC).orElseThrow();
        assertEquals(30, q.amount());
        assertEquals("QĐ 99-QĐ/TU", q.decisionNo());
        assertEquals(LocalDate.of(2024, 5, 2), q.decisionDate());
        assertEquals(3, snap().quotas().stream().filter(x -> x.agencyId() == vptu).count(), "replaced, not added");
        edits.history().undo();
        assertEquals(37, snap().quota(vptu, 2024, StaffCategory.CBCC).orElseThrow().amount());
    }

    @Test
    void competencyLevelsAreOneToFiveAndUndoable() {
        Position p = byCode("HG-VPTU-005");
        CompetencyRequirement first = snap().requirements().stream().filter(r -> r.positionId() == p.id()).findFirst().orElseThrow();
        assertEquals("Cấp độ năng lực phải từ 1 đến 5 (đã nhập 6).",
                assertThrows(InvalidEditException.class, () -> edits.setCompetencyLevel(p.id(), first.competencyId(), 6)).getMessage());
        int newLevel = first.level() == 5 ? 4 : 5;
        edits.setCompetencyLevel(p.id(), first.competencyId(), newLevel);
        assertEquals(newLevel, level(p.id(), first.competencyId()));
        edits.history().undo();
        assertEquals(first.level(), level(p.id(), first.competencyId()));
    }

    private int level(long positionId, long competencyId) {
        return snap().requirements().stream().filter(r -> r.positionId() == positionId && r.competencyId() == competencyId)
                .findFirst().orElseThrow().level();
    }

    @Test
    void aJobDescriptionIsSavedAndUndone() {
        Position p = byCode("HG-VPTU-005");
        JobDescription before = snap().description(p.id()).orElseThrow();
        edits.saveJobDescription(new JobDescription(p.id(), "Mục tiêu mới", List.of(new JobTask(1, "Theo dõi", "Sổ theo dõi", "Hằng tháng")),
                "Nội bộ", "Bên ngoài", "Đề xuất", "Máy tính", new Requirements("Đại học", null, "2 năm", null, null)));
        assertEquals("Mục tiêu mới", snap().description(p.id()).orElseThrow().objective());
        assertEquals(1, snap().description(p.id()).orElseThrow().tasks().size());
        edits.history().undo();
        assertEquals(before.objective(), snap().description(p.id()).orElseThrow().objective());
        assertEquals(4, snap().description(p.id()).orElseThrow().tasks().size());
    }

    @Test
    void aFailingEditLeavesTheStoreAndTheHistoryAsTheyWere() {
        Position p = byCode("HG-VPTU-005");
        EditHistory history = edits.history();
        assertThrows(IllegalStateException.class, () -> history.perform(Edit.of("hỏng",
                () -> {
                    db.repositories().positions().update(p.withHeadcount(new Headcount(50, 0, 0, 0)));
                    throw new IllegalStateException("giữa chừng");
                }, () -> { })));
        assertEquals(8, byCode("HG-VPTU-005").headcount().cbcc(), "rolled back");
        assertFalse(history.canUndo());
    }
}
