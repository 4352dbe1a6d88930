package vn.vtvlstudio.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vtvlstudio.domain.AdminLevel;
import vn.vtvlstudio.domain.Agency;
import vn.vtvlstudio.domain.AgencyKind;
import vn.vtvlstudio.domain.AuditEntry;
import vn.vtvlstudio.domain.Bloc;
import vn.vtvlstudio.domain.CompetencyRequirement;
import vn.vtvlstudio.domain.GroupKind;
import vn.vtvlstudio.domain.Headcount;
import vn.vtvlstudio.domain.LeadershipRole;
import vn.vtvlstudio.domain.Position;
import vn.vtvlstudio.domain.Repositories;
import vn.vtvlstudio.domain.Scheme;
import vn.vtvlstudio.domain.SchemeStatus;
import vn.vtvlstudio.domain.WorkloadType;

class AuditLogTest {

    @TempDir
    Path dir;

    @Test
    void everyStoredChangeIsLoggedWithWhoAndOldAndNew() {
        try (Database db = Database.open(dir.resolve("audit"))) {
            Repositories r = db.repositories();
            Agency a = r.agencies().insert(new Agency(null, "A", "Ban Tổ chức", null, AgencyKind.PARTY, AdminLevel.PROVINCE,
                    Bloc.PARTY_FRONT, null, null, null, 0));
            Scheme s = r.schemes().insert(new Scheme(null, a.id(), "Đề án", "PARTY_FRONT", 2024, SchemeStatus.DRAFT, 1, null, null, false, null));
            Position p = r.positions().insert(new Position(null, s.id(), "P1", "Chuyên viên", GroupKind.SHARED, a.id(), null,
                    WorkloadType.NHIEU_NGUOI, LeadershipRole.NONE, null, "01.003", null, null, new Headcount(3, 0, 0, 0), null, null, 0));
            db.run(() -> r.positions().update(p.withHeadcount(new Headcount(4, 0, 0, 0))));

            List<AuditEntry> forPosition = r.audit().forEntity("job_position", p.id());
            assertEquals("INSERT", forPosition.get(0).action());
            assertEquals("P1 – Chuyên viên", forPosition.get(0).newValue());
            AuditEntry change = forPosition.get(1);
            assertEquals("UPDATE", change.action());
            assertEquals("hc_cbcc", change.field());
            assertEquals("3", change.oldValue());
            assertEquals("4", change.newValue());
            assertEquals(System.getProperty("user.name"), change.user());
            assertEquals(2, forPosition.size(), "only the field that changed");

            long general = r.reference().competencies().get(0).id();
            r.positions().saveRequirements(p.id(), List.of(new CompetencyRequirement(p.id(), general, 2)));
            r.positions().saveRequirements(p.id(), List.of(new CompetencyRequirement(p.id(), general, 3)));
            List<AuditEntry> levels = r.audit().forEntity("competency_requirement", p.id());
            assertEquals("cấp độ 2", levels.get(1).oldValue());
            assertEquals("cấp độ 3", levels.get(1).newValue());

            r.positions().delete(p.id());
            assertEquals("DELETE", r.audit().recent(1).get(0).action());
            assertEquals("P1 – Chuyên viên", r.audit().recent(1).get(0).oldValue());
        }
    }

    @Test
    void aRolledBackEditLeavesNoAuditTrail() {
        try (Database db = Database.open(dir.resolve("rollback"))) {
            Repositories r = db.repositories();
            int before = r.audit().count();
            assertThrows(IllegalStateException.class, () -> db.run(() -> {
                r.agencies().insert(new Agency(null, "B", "Cơ quan B", null, AgencyKind.PARTY, AdminLevel.PROVINCE,
                        Bloc.PARTY_FRONT, null, null, null, 0));
                throw new IllegalStateException("thất bại giữa chừng");
            }));
            assertEquals(before, r.audit().count());
            assertTrue(r.agencies().findByCode("B").isEmpty());
        }
    }
}
