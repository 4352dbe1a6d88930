package vn.vtvlstudio.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vtvlstudio.domain.AdminLevel;
import vn.vtvlstudio.domain.Agency;
import vn.vtvlstudio.domain.AgencyKind;
import vn.vtvlstudio.domain.Bloc;
import vn.vtvlstudio.domain.Competency;
import vn.vtvlstudio.domain.CompetencyGroup;
import vn.vtvlstudio.domain.CompetencyRequirement;
import vn.vtvlstudio.domain.GroupKind;
import vn.vtvlstudio.domain.Headcount;
import vn.vtvlstudio.domain.JobDescription;
import vn.vtvlstudio.domain.JobTask;
import vn.vtvlstudio.domain.LeadershipRole;
import vn.vtvlstudio.domain.OrgUnit;
import vn.vtvlstudio.domain.OrgUnitKind;
import vn.vtvlstudio.domain.Position;
import vn.vtvlstudio.domain.Quota;
import vn.vtvlstudio.domain.Regime;
import vn.vtvlstudio.domain.Repositories;
import vn.vtvlstudio.domain.Requirements;
import vn.vtvlstudio.domain.Scheme;
import vn.vtvlstudio.domain.SchemeStatus;
import vn.vtvlstudio.domain.StaffCategory;
import vn.vtvlstudio.domain.WorkloadType;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void aFreshFileGetsTheSchemaAndTheReferenceData() {
        try (Database db = Database.open(dir.resolve("fresh"))) {
            assertTrue(db.wasCreated());
            assertTrue(Files.isRegularFile(dir.resolve("fresh.mv.db")), "a real H2 file on disk");
            Repositories r = db.repositories();
            assertEquals(36, r.reference().grades().size());
            List<Regime> regimes = r.reference().regimes();
            assertEquals(List.of("CC_ND361_2025", "CC_ND62_2020", "PARTY_FRONT", "VC_ND106_2020", "VC_ND232_2026"),
                    regimes.stream().map(Regime::code).toList());
            assertEquals(4, r.reference().regime("PARTY_FRONT").orElseThrow().groups().size());
            assertEquals(3, r.reference().regime("CC_ND361_2025").orElseThrow().groups().size());
            List<Competency> general = r.reference().competencies();
            assertEquals(7, general.size());
            general.forEach(c -> assertEquals(5, c.levelDescriptors().size(), c.code()));
            assertEquals("40-KL/TW", r.reference().legalReference("KL40_2022").orElseThrow().number());
            assertEquals(11, r.reference().deputyLimits().size());
        }
    }

    @Test
    void theSuffixMayBeLeftOutAndReopeningKeepsData() {
        try (Database db = Database.open(dir.resolve("store.mv.db"))) {
            db.repositories().agencies().insert(agency("X", "Ban Tổ chức", null));
        }
        try (Database db = Database.open(dir.resolve("store"))) {
            assertFalse(db.wasCreated());
            assertEquals("Ban Tổ chức", db.repositories().agencies().findByCode("X").orElseThrow().name());
        }
    }

    @Test
    void aFileThatIsNoDatabaseGivesAClearError() throws Exception {
        Files.writeString(dir.resolve("junk.mv.db"), "not a database at all ".repeat(200));
        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.open(dir.resolve("junk")));
        assertTrue(e.getMessage().contains("junk.mv.db"), e.getMessage());
    }

    @Test
    void everyRecordRoundTrips() {
        try (Database db = Database.open(dir.resolve("rt"))) {
            Repositories r = db.repositories();
            Agency root = r.agencies().insert(agency("HG", "Tỉnh ủy Hậu Giang", null));
            Agency btc = r.agencies().insert(agency("HG-BTC", "Ban Tổ chức Tỉnh ủy", root.id()));
            assertEquals(btc, r.agencies().find(btc.id()).orElseThrow());
            OrgUnit unit = r.agencies().insertUnit(new OrgUnit(null, btc.id(), "TCCB", "Phòng Tổ chức – Cán bộ", OrgUnitKind.PHONG, 0));
            assertEquals(List.of(unit), r.agencies().unitsOf(btc.id()));

            Scheme scheme = r.schemes().insert(new Scheme(null, root.id(), "Đề án thử", "PARTY_FRONT", 2024, SchemeStatus.DRAFT,
                    1, "01-ĐA/TU", LocalDate.of(2024, 1, 5), true, "ghi chú"));
            assertEquals(scheme, r.schemes().find(scheme.id()).orElseThrow());
            long kl40 = r.reference().legalReference("KL40_2022").orElseThrow().id();
            r.schemes().linkLegalReference(scheme.id(), kl40, 0);
            assertEquals("40-KL/TW", r.schemes().legalReferencesOf(scheme.id()).get(0).number());

            Position pro = r.positions().insert(new Position(null, scheme.id(), "HG-BTC-010", "Chuyên viên tổ chức bộ máy",
                    GroupKind.SPECIALISED, btc.id(), unit.id(), WorkloadType.NHIEU_NGUOI, LeadershipRole.NONE, null, "01.003",
                    null, null, new Headcount(3, 0, 0, 0), null, null, 1));
            Position head = r.positions().insert(new Position(null, scheme.id(), "HG-BTC-001", "Trưởng ban", GroupKind.LEADERSHIP,
                    btc.id(), null, WorkloadType.MOT_NGUOI, LeadershipRole.CAP_TRUONG, pro.id(), "01.001", 2, 4,
                    new Headcount(1, 0, 0, 0), "KHUNG-01", "kiêm chuyên viên", 0));
            assertEquals(head, r.positions().find(head.id()).orElseThrow());
            assertEquals(List.of(head, pro), r.positions().findByScheme(scheme.id()), "ordered by ordinal");
            r.positions().update(pro.withHeadcount(new Headcount(4, 0, 1, 0)));
            assertEquals(new Headcount(4, 0, 1, 0), r.positions().find(pro.id()).orElseThrow().headcount());

            JobDescription d = new JobDescription(pro.id(), "Tham mưu tổ chức bộ máy", List.of(
                    new JobTask(1, "Nghiên cứu văn bản", "Báo cáo", "Đúng hạn"),
                    new JobTask(2, "Dự thảo tờ trình", "Tờ trình", "Được thông qua")),
                    "Phối hợp các phòng", "Các sở, ngành", "Đề xuất", "Văn phòng", new Requirements("Đại học", "Lý luận chính trị trung cấp",
                    "2 năm", "Liêm chính", "Tin học cơ bản"));
            r.positions().saveDescription(d);
            assertEquals(d, r.positions().findDescription(pro.id()).orElseThrow());
            assertEquals(List.of(d), r.positions().descriptionsOf(scheme.id()));

            Competency c = r.reference().saveCompetency(new Competency(null, "CM_TEST", CompetencyGroup.PROFESSIONAL, "Tổ chức cán bộ",
                    "mô tả", Map.of(1, "một", 2, "hai", 3, "ba", 4, "bốn", 5, "năm"), "test"));
            long general = r.reference().competencies().stream().filter(x -> x.code().equals("CHUNG_DAO_DUC")).findFirst().orElseThrow().id();
            r.positions().saveRequirements(pro.id(), List.of(new CompetencyRequirement(pro.id(), general, 3),
                    new CompetencyRequirement(pro.id(), c.id(), 4)));
            assertEquals(2, r.positions().requirementsOf(scheme.id()).size());
            assertEquals("bốn", r.reference().competencies().stream().filter(x -> x.code().equals("CM_TEST")).findFirst().orElseThrow().descriptor(4));

            Quota q = r.quotas().insert(new Quota(null, btc.id(), 2022, StaffCategory.CBCC, 31, "123-QĐ/TW", LocalDate.of(2022, 12, 29),
                    "Ban Tổ chức Trung ương", true));
            assertEquals(List.of(q), r.quotas().findByAgencies(List.of(btc.id())));

            r.positions().delete(pro.id());
            assertEquals(null, r.positions().find(head.id()).orElseThrow().linkedPositionId(), "the link goes with the deleted position");
            assertTrue(r.positions().findDescription(pro.id()).isEmpty());
        }
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        try (Database db = Database.open(dir.resolve("tx"))) {
            Repositories r = db.repositories();
            assertThrows(IllegalStateException.class, () -> db.run(() -> {
                r.agencies().insert(agency("A1", "Cơ quan 1", null));
                throw new IllegalStateException("boom");
            }));
            assertTrue(r.agencies().findByCode("A1").isEmpty());
        }
    }

    @Test
    void theStoreRefusesNegativeHeadcountAndDuplicateCodes() {
        try (Database db = Database.open(dir.resolve("constraints"))) {
            Repositories r = db.repositories();
            Agency a = r.agencies().insert(agency("A", "Cơ quan", null));
            Scheme s = r.schemes().insert(new Scheme(null, a.id(), "Đề án", "PARTY_FRONT", 2024, SchemeStatus.DRAFT, 1, null, null, false, null));
            Position p = new Position(null, s.id(), "P1", "Chuyên viên", GroupKind.SHARED, a.id(), null, WorkloadType.MOT_NGUOI,
                    LeadershipRole.NONE, null, null, null, null, Headcount.ZERO.with(StaffCategory.CBCC, 1), null, null, 0);
            r.positions().insert(p);
            assertThrows(RuntimeException.class, () -> r.positions().insert(p), "duplicate code in one scheme");
            assertEquals(1, r.positions().countByScheme(s.id()));
        }
    }

    private static Agency agency(String code, String name, Long parent) {
        return new Agency(null, code, name, null, AgencyKind.PARTY, AdminLevel.PROVINCE, Bloc.PARTY_FRONT, parent, "II", null, 0);
    }
}
