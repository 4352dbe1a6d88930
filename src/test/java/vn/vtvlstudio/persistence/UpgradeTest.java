package vn.vtvlstudio.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import vn.vtvlstudio.service.SchemeService;
import vn.vtvlstudio.service.SchemeSummary;

/**
 * Databases made by earlier schemas open in this version with everything in them. Each fixture is a real file made
 * by the release that had that schema (sample command); keep adding one per schema version.
 */
class UpgradeTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"schema-v2"})
    void anOlderDatabaseIsMigratedAndKeepsEverything(String fixture) throws Exception {
        Path copy = dir.resolve(fixture + ".mv.db");
        try (InputStream in = UpgradeTest.class.getResourceAsStream("/fixtures/" + fixture + ".mv.db")) {
            Files.copy(in, copy);
        }
        try (Database db = Database.open(copy)) {
            assertFalse(db.wasCreated());
            assertEquals(latestBundledVersion(), db.schemaVersion());
            List<SchemeSummary> summaries = new SchemeService(db.repositories()).summaries();
            SchemeSummary hg = summaries.stream().filter(s -> s.title().contains("Hậu Giang")).findFirst().orElseThrow();
            assertEquals(322, hg.positions());
            assertEquals(568, hg.headcount().cbcc());
            assertEquals(92, hg.headcount().vienChuc());
            assertEquals(92, hg.headcount().hopDong());
            assertEquals(660, hg.bienChe());
            assertEquals(2, summaries.size());
            assertEquals(36, db.repositories().reference().grades().size());
        }
    }

    /** The highest V{n}__ script shipped in db/migration. */
    static String latestBundledVersion() throws Exception {
        Path migrations = Path.of(UpgradeTest.class.getResource("/db/migration").toURI());
        try (Stream<Path> files = Files.list(migrations)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max(Integer::compare).orElseThrow().toString();
        }
    }
}
