package vn.vtvlstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vtvlstudio.domain.Scheme;
import vn.vtvlstudio.persistence.Database;
import vn.vtvlstudio.persistence.DatabaseException;
import vn.vtvlstudio.persistence.DatabaseLockedException;
import vn.vtvlstudio.service.SchemeService;
import vn.vtvlstudio.testing.ChildJvm;
import vn.vtvlstudio.testing.HoldDatabase;

/** The window's database opens on its own thread: samples on first run, the reasons it fails kept for the window. */
class DatabaseOpeningTest {

    @TempDir
    Path dir;

    @Test
    void aFirstRunOpensANewDatabaseWithTheSamples() {
        Path base = dir.resolve("vtvl-studio");
        DatabaseOpening opening = DatabaseOpening.start(base);
        try (Database db = opening.await()) {
            assertTrue(db.wasCreated());
            assertNull(failure(opening));
            SchemeService schemes = new SchemeService(db.repositories());
            Scheme hauGiang = schemes.schemes().stream().filter(s -> s.title().contains("Hậu Giang")).findFirst().orElseThrow();
            var totals = schemes.snapshot(hauGiang.id()).totalsOf(hauGiang.rootAgencyId());
            assertEquals(322, totals.positions());
            assertEquals(568, totals.headcount().cbcc());
            assertEquals(660, totals.headcount().bienChe());
        }
        // the next start finds it: no second copy of the samples
        try (Database again = DatabaseOpening.start(base).await()) {
            assertFalse(again.wasCreated());
            assertEquals(2, new SchemeService(again.repositories()).schemes().size());
        }
    }

    @Test
    void aDatabaseHeldByAnotherProcessFailsAsLocked() throws Exception {
        Path base = dir.resolve("shared");
        try (Database d = Database.open(base)) {
            d.schemaVersion();
        }
        try (ChildJvm holder = ChildJvm.start(HoldDatabase.class, base.toString())) {
            holder.awaitReady(60);
            DatabaseOpening opening = DatabaseOpening.start(base);
            assertNull(opening.await());
            Throwable failure = failure(opening);
            assertInstanceOf(DatabaseLockedException.class, failure);
            assertTrue(failure.getMessage().contains("đang được một chương trình khác mở"), failure.getMessage());
        }
    }

    @Test
    void aFileThatIsNoDatabaseFailsWithItsName() throws Exception {
        Path base = dir.resolve("hong");
        Files.writeString(dir.resolve("hong.mv.db"), "không phải cơ sở dữ liệu");
        DatabaseOpening opening = DatabaseOpening.start(base);
        assertNull(opening.await());
        DatabaseException failure = assertInstanceOf(DatabaseException.class, failure(opening));
        assertTrue(failure.getMessage().contains("hong.mv.db"), failure.getMessage());
    }

    /** What the window gets when the opening ends: the cause, unwrapped. */
    private static Throwable failure(DatabaseOpening opening) {
        Throwable[] seen = new Throwable[1];
        opening.result().whenComplete((db, e) -> seen[0] = e == null ? null : DatabaseOpening.unwrap(e)).exceptionally(e -> null).join();
        return seen[0];
    }
}
