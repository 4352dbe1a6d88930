package vn.vtvlstudio.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vtvlstudio.domain.CompetencyGroup;
import vn.vtvlstudio.domain.CompetencyRequirement;
import vn.vtvlstudio.domain.GroupKind;
import vn.vtvlstudio.domain.Quota;
import vn.vtvlstudio.domain.SchemeSnapshot;
import vn.vtvlstudio.domain.StaffCategory;
import vn.vtvlstudio.persistence.Database;
import vn.vtvlstudio.testing.SampleStore;

/** The sample totals, read back from a real store. */
class SampleLoaderTest {

    @TempDir
    static Path dir;
    static Database db;
    static SchemeService service;

    @BeforeAll
    static void load() {
        db = SampleStore.open(dir);
        service = new SchemeService(db.repositories());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void hauGiangHasThePublishedTotals() {
        SchemeSnapshot s = service.snapshot(SampleStore.hauGiang(db).id());
        SchemeSummary summary = service.summary(s);
        assertEquals(322, summary.positions());
        assertEquals(568, summary.headcount().cbcc());
        assertEquals(92, summary.headcount().vienChuc());
        assertEquals(92, summary.headcount().hopDong());
        assertEquals(660, summary.bienChe());
        assertEquals(322, summary.byGroup().values().stream().mapToInt(Integer::intValue).sum());
        assertEquals("PARTY_FRONT", summary.regime());
        assertTrue(s.scheme().illustrative(), "the invented detail is marked illustrative");
    }

    @Test
    void hauGiangBaselineQuotasAre2022Figures() {
        SchemeSnapshot s = service.snapshot(SampleStore.hauGiang(db).id());
        long root = s.scheme().rootAgencyId();
        assertEquals(598, s.quotaOfSubtree(root, 2022, StaffCategory.CBCC).orElseThrow());
        assertEquals(102, s.quotaOfSubtree(root, 2022, StaffCategory.VIEN_CHUC).orElseThrow());
        assertEquals(2022, s.baselineYear().orElseThrow());
        assertTrue(s.quotas().stream().filter(Quota::baseline).allMatch(q -> q.year() == 2022));
    }

    @Test
    void atLeastThirtyPositionsHaveAFullDescriptionAndCompetencyFramework() {
        SchemeSnapshot s = service.snapshot(SampleStore.hauGiang(db).id());
        Map<Long, Set<CompetencyGroup>> groupsByPosition = s.requirements().stream().collect(Collectors.groupingBy(
                CompetencyRequirement::positionId,
                Collectors.mapping(r -> s.competencies().get(r.competencyId()).group(), Collectors.toSet())));
        long full = s.positions().stream().filter(p -> s.description(p.id())
                        .filter(d -> d.objective() != null && !d.tasks().isEmpty() && d.requirements().training() != null)
                        .isPresent())
                .filter(p -> groupsByPosition.getOrDefault(p.id(), Set.of()).containsAll(Set.of(CompetencyGroup.GENERAL, CompetencyGroup.PROFESSIONAL)))
                .count();
        assertTrue(full >= 30, "full descriptions with frameworks: " + full);
        assertTrue(s.positions().stream().anyMatch(p -> p.group() == GroupKind.SUPPORT && p.headcount().hopDong() > 0));
    }

    @Test
    void ducPhoHasItsBlocQuotas() {
        assertTrue(service.snapshot(SampleStore.ducPho(db).id()).positions().size() >= 10);
        Map<Integer, Integer> communeCadres = db.repositories().quotas().findAll().stream()
                .filter(q -> q.category() == StaffCategory.CBCC_CAP_XA)
                .collect(Collectors.toMap(Quota::year, Quota::amount, Integer::sum));
        assertEquals(Map.of(2022, 321, 2023, 314), communeCadres);
        int vc2023 = db.repositories().quotas().findAll().stream()
                .filter(q -> q.category() == StaffCategory.VIEN_CHUC && q.year() == 2023 && q.amount() > 1000)
                .mapToInt(Quota::amount).sum();
        assertEquals(1578, vc2023);
    }

    @Test
    void aBrokenSampleIsRejectedWholeAndChangesNothing(@TempDir Path other) throws Exception {
        try (Database fresh = Database.open(other.resolve("broken"))) {
            String json = """
                    {"scheme": {"title": "Hỏng", "regime": "PARTY_FRONT", "year": 2024, "status": "DRAFT", "rootAgency": "X"},
                     "agencies": [{"code": "X", "name": "Cơ quan X", "kind": "PARTY", "level": "PROVINCE", "bloc": "PARTY_FRONT"}],
                     "positions": [{"code": "X-1", "name": "Chuyên viên", "group": "SHARED", "agency": "X", "unit": "KHONG_CO",
                                    "workload": "MOT_NGUOI", "headcount": {"CBCC": 1}}]}
                    """;
            SampleLoader loader = new SampleLoader(fresh.repositories());
            SampleDataException e = assertThrows(SampleDataException.class,
                    () -> loader.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "hong.json"));
            assertTrue(e.getMessage().contains("KHONG_CO"), e.getMessage());
            assertTrue(fresh.repositories().agencies().findAll().isEmpty(), "all or nothing");
            assertTrue(fresh.repositories().schemes().findAll().isEmpty());
        }
    }
}
