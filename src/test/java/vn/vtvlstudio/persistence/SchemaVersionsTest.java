package vn.vtvlstudio.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Optional;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaVersionsTest {

    @TempDir
    Path dir;

    @Test
    void reopeningACurrentDatabaseSkipsFlyway() {
        try (Database db = Database.open(dir.resolve("db"))) {
            assertTrue(db.wasCreated());
            assertTrue(db.flywayRan());
        }
        try (Database db = Database.open(dir.resolve("db"))) {
            assertFalse(db.flywayRan(), "schema at the newest bundled migration: no Flyway");
            assertEquals(36, db.repositories().reference().grades().size());
        }
    }

    @Test
    void aDatabaseBehindTheBundledMigrationsIsStillMigrated() {
        // a database made by an older release that had only V1
        Flyway.configure().dataSource(url(dir.resolve("old")), "sa", "").locations("classpath:db/migration")
                .target("1").load().migrate();

        try (Database db = Database.open(dir.resolve("old"))) {
            assertTrue(db.flywayRan(), "V2 and later are newer than the history: Flyway must run");
            assertEquals(36, db.repositories().reference().grades().size(), "V2's reference data arrived");
        }
        try (Database db = Database.open(dir.resolve("old"))) {
            assertFalse(db.flywayRan());
        }
    }

    @Test
    void aFailedMigrationInTheHistoryIsNeverTakenAsCurrent() throws Exception {
        Database.open(dir.resolve("db")).close();
        String newest = SchemaVersions.highestBundled(getClass().getClassLoader()).orElseThrow();
        try (Connection c = DriverManager.getConnection(url(dir.resolve("db")), "sa", "")) {
            assertTrue(SchemaVersions.isCurrent(c, newest));
            assertFalse(SchemaVersions.isCurrent(c, newest + ".1"), "a newer bundled migration");
            try (Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '1'");
            }
            assertFalse(SchemaVersions.isCurrent(c, newest));
        }
    }

    @Test
    void noHistoryTableIsNotCurrent() throws Exception {
        try (Connection c = DriverManager.getConnection(url(dir.resolve("empty")), "sa", "")) {
            assertFalse(SchemaVersions.isCurrent(c, "1"));
        }
    }

    @Test
    void theHighestBundledVersionIsTheNewestScriptInTheSources() throws Exception {
        Optional<String> newestScript;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            newestScript = files.map(p -> SchemaVersions.versionOf(p.getFileName().toString()))
                    .flatMap(Optional::stream).max(SchemaVersions.ORDER);
        }
        assertEquals(newestScript, SchemaVersions.highestBundled(getClass().getClassLoader()));
    }

    @Test
    void versionsAreComparedAsFlywayDoes() {
        assertEquals(Optional.of("2.1"), SchemaVersions.versionOf("V2_1__more.sql"));
        assertEquals(Optional.of("10"), SchemaVersions.versionOf("V10__rules.sql"));
        assertEquals(Optional.empty(), SchemaVersions.versionOf("R__views.sql"));
        assertTrue(SchemaVersions.ORDER.compare("1.10", "1.9") > 0);
        assertTrue(SchemaVersions.ORDER.compare("10", "9") > 0);
        assertEquals(0, SchemaVersions.ORDER.compare("2", "2.0"));
    }

    private static String url(Path base) {
        return "jdbc:h2:file:" + base.toAbsolutePath();
    }
}
