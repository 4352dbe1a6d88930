package vn.vtvlstudio.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vtvlstudio.domain.Competency;
import vn.vtvlstudio.domain.CompetencyGroup;
import vn.vtvlstudio.domain.Grade;
import vn.vtvlstudio.domain.GradeKind;
import vn.vtvlstudio.domain.GradeTier;
import vn.vtvlstudio.persistence.Database;
import vn.vtvlstudio.rules.Severity;
import vn.vtvlstudio.testing.SampleStore;

/** Grade catalogue, competency dictionary and a scheme's own rule settings, on a real H2 file with the samples. */
class ReferenceServiceTest {

    @TempDir
    Path dir;
    Database db;
    ReferenceService reference;
    CheckService checks;
    SchemeService schemes;
    EditHistory history;
    long hauGiang;
    long ducPho;

    @BeforeEach
    void open() {
        db = SampleStore.open(dir);
        history = new EditHistory(db);
        reference = new ReferenceService(db.repositories(), db.rulePacks(), history);
        checks = new CheckService(db.rulePacks(), db);
        schemes = new SchemeService(db.repositories());
        hauGiang = SampleStore.hauGiang(db).id();
        ducPho = SampleStore.ducPho(db).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long count(long schemeId, String ruleId) {
        return checks.check(schemes.snapshot(schemeId)).stream().filter(f -> f.ruleId().equals(ruleId)).count();
    }

    private SchemeRule rule(long schemeId, String ruleId) {
        return reference.rules(schemeId).stream().filter(r -> r.ruleId().equals(ruleId)).findFirst().orElseThrow();
    }

    @Test
    void theRulePackOfASchemeListsEveryRuleInOrder() {
        var rules = reference.rules(hauGiang);
        assertEquals(17, rules.size());
        assertEquals("QUOTA_EXCEEDED", rules.get(0).ruleId());
        assertEquals("DATA_SANITY", rules.get(16).ruleId());
        SchemeRule cut = rule(hauGiang, "REDUCTION_TARGET");
        assertEquals(Severity.ERROR, cut.severity());
        assertEquals("0.10", cut.params().get("rate.VIEN_CHUC"));
        assertEquals(LocalDate.of(2026, 12, 31), cut.pack().effectiveTo());
        assertFalse(cut.overridden());
    }

    @Test
    void aThresholdChangedForOneSchemeChangesItsFindingsOnlyAndIsUndone() {
        assertEquals(1, count(hauGiang, "REDUCTION_TARGET"), "VC 102 → 92 is one short of ⌈10% × 102⌉ = 11");
        long ducPhoBefore = count(ducPho, "REDUCTION_TARGET");

        reference.setRuleParam(hauGiang, "REDUCTION_TARGET", "rate.VIEN_CHUC", "0.09");
        assertEquals(0, count(hauGiang, "REDUCTION_TARGET"), "⌈9% × 102⌉ = 10 people: the 10 cut are enough");
        assertEquals("0.09", rule(hauGiang, "REDUCTION_TARGET").params().get("rate.VIEN_CHUC"));
        assertEquals(Map.of("rate.VIEN_CHUC", "0.09"), rule(hauGiang, "REDUCTION_TARGET").schemeParams());
        assertEquals("rate.CBCC=0.05;rate.VIEN_CHUC=0.10;rounding=CEILING;level=SCHEME",
                checks.settings("PARTY_FRONT").stream().filter(r -> r.ruleId().equals("REDUCTION_TARGET")).findFirst().orElseThrow().params(),
                "the regime's pack is left as shipped");
        assertEquals(ducPhoBefore, count(ducPho, "REDUCTION_TARGET"), "the other scheme under the same regime keeps the pack's 10%");
        assertFalse(rule(ducPho, "REDUCTION_TARGET").overridden());
        assertTrue(history.undoLabel().orElseThrow().contains("10 % → 9 %"), history.undoLabel().orElseThrow());

        history.undo();
        assertEquals(1, count(hauGiang, "REDUCTION_TARGET"));
        assertNull(rule(hauGiang, "REDUCTION_TARGET").override());
        history.redo();
        assertEquals(0, count(hauGiang, "REDUCTION_TARGET"));

        reference.setRuleParam(hauGiang, "REDUCTION_TARGET", "rate.VIEN_CHUC", "0.1");
        assertNull(rule(hauGiang, "REDUCTION_TARGET").override(), "the pack's own value (0.1 = 0.10) leaves nothing of the scheme's");
        assertEquals(1, count(hauGiang, "REDUCTION_TARGET"));
    }

    @Test
    void aSeverityTurnedOffDropsTheRuleAndResetBringsItBack() {
        long warnings = count(hauGiang, "DESCRIPTION_COMPLETE");
        assertTrue(warnings > 0);
        reference.setRuleSeverity(hauGiang, "DESCRIPTION_COMPLETE", Severity.OFF);
        assertEquals(0, count(hauGiang, "DESCRIPTION_COMPLETE"));
        assertEquals(Severity.OFF, rule(hauGiang, "DESCRIPTION_COMPLETE").severity());
        assertEquals(Severity.WARNING, rule(hauGiang, "DESCRIPTION_COMPLETE").packSeverity());

        reference.setRuleParam(hauGiang, "DESCRIPTION_COMPLETE", "minTasks", "2");
        reference.resetRule(hauGiang, "DESCRIPTION_COMPLETE");
        assertNull(rule(hauGiang, "DESCRIPTION_COMPLETE").override());
        assertEquals(warnings, count(hauGiang, "DESCRIPTION_COMPLETE"));
        history.undo();
        assertEquals(Severity.OFF, rule(hauGiang, "DESCRIPTION_COMPLETE").severity());
        assertEquals("2", rule(hauGiang, "DESCRIPTION_COMPLETE").params().get("minTasks"));
    }

    @Test
    void aRuleTheSchemeSwitchesOnIsCheckedWithTheSchemesThreshold() {
        assertEquals(0, count(hauGiang, "PROFESSIONAL_SHARE"), "OFF in the Party–Front pack");
        reference.setRuleSeverity(hauGiang, "PROFESSIONAL_SHARE", Severity.WARNING);
        long atPack = count(hauGiang, "PROFESSIONAL_SHARE");
        reference.setRuleParam(hauGiang, "PROFESSIONAL_SHARE", "min", "0");
        assertEquals(0, count(hauGiang, "PROFESSIONAL_SHARE"), "nobody falls below a minimum of 0 %");
        reference.setRuleParam(hauGiang, "PROFESSIONAL_SHARE", "min", "1");
        assertTrue(count(hauGiang, "PROFESSIONAL_SHARE") >= atPack);
    }

    @Test
    void wrongThresholdsAreRefusedNamingTheField() {
        var tooBig = assertThrows(InvalidEditException.class,
                () -> reference.setRuleParam(hauGiang, "REDUCTION_TARGET", "rate.VIEN_CHUC", "1.5"));
        assertEquals("Tham số rate.VIEN_CHUC của REDUCTION_TARGET phải từ 0 đến 1 (đã nhập 1.5).", tooBig.getMessage());
        var notANumber = assertThrows(InvalidEditException.class,
                () -> reference.setRuleParam(hauGiang, "REDUCTION_TARGET", "rate.VIEN_CHUC", "mười"));
        assertEquals("Tham số rate.VIEN_CHUC của REDUCTION_TARGET: «mười» không phải là tỷ lệ (ví dụ 0.10).", notANumber.getMessage());
        var level = assertThrows(InvalidEditException.class,
                () -> reference.setRuleParam(hauGiang, "COMPETENCY_COVERAGE", "maxLevel", "6"));
        assertEquals("Tham số maxLevel của COMPETENCY_COVERAGE phải từ 1 đến 5 (đã nhập 6).", level.getMessage());
        var unknownKey = assertThrows(InvalidEditException.class,
                () -> reference.setRuleParam(hauGiang, "REDUCTION_TARGET", "rate.HOP_DONG", "0.05"));
        assertEquals("Quy tắc REDUCTION_TARGET không có tham số «rate.HOP_DONG».", unknownKey.getMessage());
        var badList = assertThrows(InvalidEditException.class,
                () -> reference.setRuleParam(hauGiang, "QUOTA_EXCEEDED", "categories", "CBCC,NHAN_VIEN"));
        assertTrue(badList.getMessage().contains("«NHAN_VIEN» không phải giá trị hợp lệ"), badList.getMessage());
        assertFalse(rule(hauGiang, "REDUCTION_TARGET").overridden());
        assertFalse(history.canUndo(), "nothing refused was saved");

        reference.setRuleParam(hauGiang, "COMPETENCY_COVERAGE", "maxLevel", "3");
        var crossed = assertThrows(InvalidEditException.class,
                () -> reference.setRuleParam(hauGiang, "COMPETENCY_COVERAGE", "minLevel", "4"));
        assertEquals("Cấp độ thấp nhất (4) lớn hơn cấp độ cao nhất (3).", crossed.getMessage());
    }

    @Test
    void gradesAreAddedEditedAndDeletedOnlyWhenUnused() {
        Grade draft = new Grade("01.099", "Chuyên viên thử nghiệm", GradeTier.CV, "Hành chính", GradeKind.NGACH,
                LocalDate.of(2024, 1, 1), null, "");
        reference.addGrade(draft);
        assertTrue(reference.grades().stream().anyMatch(g -> g.code().equals("01.099")));

        var duplicate = assertThrows(InvalidEditException.class, () -> reference.addGrade(draft));
        assertEquals("Mã ngạch «01.099» đã có trong danh mục (Chuyên viên thử nghiệm).", duplicate.getMessage());
        assertEquals(ReferenceService.F_GRADE_CODE, duplicate.field());
        var noName = assertThrows(InvalidEditException.class, () -> reference.addGrade(
                new Grade("01.100", " ", GradeTier.CV, "Hành chính", GradeKind.NGACH, null, null, "")));
        assertEquals("Tên ngạch / chức danh không được để trống.", noName.getMessage());
        var wrongTier = assertThrows(InvalidEditException.class, () -> reference.addGrade(
                new Grade("01.100", "Chuyên viên hạng I", GradeTier.HANG_I, "Hành chính", GradeKind.NGACH, null, null, "")));
        assertEquals(ReferenceService.F_GRADE_TIER, wrongTier.field());

        var backwards = assertThrows(InvalidEditException.class, () -> reference.updateGrade(new Grade("01.099", "Chuyên viên thử nghiệm",
                GradeTier.CV, "Hành chính", GradeKind.NGACH, LocalDate.of(2024, 1, 1), LocalDate.of(2023, 12, 31), "")));
        assertEquals("Hiệu lực đến (31/12/2023) trước hiệu lực từ (01/01/2024).", backwards.getMessage());
        reference.updateGrade(new Grade("01.099", "Chuyên viên (thử)", GradeTier.CV, "Hành chính", GradeKind.NGACH,
                LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), "QĐ thử"));
        assertEquals("Chuyên viên (thử)", reference.grades().stream().filter(g -> g.code().equals("01.099")).findFirst().orElseThrow().name());
        history.undo();
        assertEquals("Chuyên viên thử nghiệm", reference.grades().stream().filter(g -> g.code().equals("01.099")).findFirst().orElseThrow().name());

        reference.deleteGrade("01.099");
        assertFalse(reference.grades().stream().anyMatch(g -> g.code().equals("01.099")));
        history.undo();
        assertTrue(reference.grades().stream().anyMatch(g -> g.code().equals("01.099")));

        int users = reference.gradeUseCounts().get("01.003");
        assertTrue(users > 0);
        var used = assertThrows(InvalidEditException.class, () -> reference.deleteGrade("01.003"));
        assertTrue(used.getMessage().startsWith("Không xóa được ngạch «01.003 Chuyên viên»: đang dùng ở " + users + " vị trí việc làm («"),
                used.getMessage());
        assertTrue(reference.grades().stream().anyMatch(g -> g.code().equals("01.003")));
    }

    @Test
    void competenciesAreEditedWithTheirFiveLevelsAndDeletedOnlyWhenNoFrameworkUsesThem() {
        Competency added = reference.addCompetency(new Competency(null, "QL_THU", CompetencyGroup.MANAGEMENT, "Quản lý thay đổi",
                "Dẫn dắt đơn vị qua thay đổi tổ chức.", Map.of(1, "Hiểu", 2, "Tham gia", 3, "Tổ chức", 4, "Dẫn dắt", 5, "Định hướng"), null));
        assertTrue(added.id() != null);
        Competency stored = reference.competencies().stream().filter(c -> c.code().equals("QL_THU")).findFirst().orElseThrow();
        assertEquals("Tổ chức", stored.descriptor(3));
        assertEquals(5, stored.levelDescriptors().size());

        var duplicate = assertThrows(InvalidEditException.class, () -> reference.addCompetency(
                new Competency(null, "ql_thu", CompetencyGroup.GENERAL, "Khác", null, Map.of(), null)));
        assertEquals("Mã năng lực «ql_thu» đã có trong từ điển (Quản lý thay đổi).", duplicate.getMessage());

        reference.updateCompetency(new Competency(stored.id(), "QL_THU", CompetencyGroup.MANAGEMENT, "Quản lý sự thay đổi",
                stored.description(), Map.of(1, "Hiểu", 2, "Tham gia", 3, "Tổ chức thực hiện", 4, "Dẫn dắt", 5, "Định hướng"), null));
        assertEquals("Tổ chức thực hiện", reference.competencies().stream().filter(c -> c.code().equals("QL_THU")).findFirst().orElseThrow().descriptor(3));

        reference.deleteCompetency(stored.id());
        assertFalse(reference.competencies().stream().anyMatch(c -> c.code().equals("QL_THU")));
        history.undo();
        assertEquals(stored.id(), reference.competencies().stream().filter(c -> c.code().equals("QL_THU")).findFirst().orElseThrow().id(),
                "undo brings it back under the same id");

        Competency used = reference.competencies().stream().filter(c -> c.code().equals("CHUNG_DAO_DUC")).findFirst().orElseThrow();
        int positions = reference.competencyUseCounts().get(used.id());
        var refused = assertThrows(InvalidEditException.class, () -> reference.deleteCompetency(used.id()));
        assertTrue(refused.getMessage().startsWith("Không xóa được năng lực «CHUNG_DAO_DUC – Đạo đức và bản lĩnh chính trị»: có trong khung năng lực của "
                + positions + " vị trí việc làm («"), refused.getMessage());
    }

    @Test
    void aRuleChangeIsInTheAuditLog() {
        reference.setRuleSeverity(hauGiang, "SUPPORT_IS_CONTRACT", Severity.OFF);
        var entries = db.repositories().audit().recent(20);
        assertTrue(entries.stream().anyMatch(e -> e.entity().equals("scheme_rule_override") && e.action().equals("INSERT")
                && "SUPPORT_IS_CONTRACT".equals(e.newValue())), entries.toString());
    }
}
