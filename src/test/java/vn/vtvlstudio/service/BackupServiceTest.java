package vn.vtvlstudio.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vtvlstudio.domain.Headcount;
import vn.vtvlstudio.domain.Position;
import vn.vtvlstudio.persistence.Database;
import vn.vtvlstudio.testing.SampleStore;

class BackupServiceTest {

    @TempDir
    Path dir;
    private final BackupService backups = new BackupService();

    private static SchemeSummary hauGiang(Database db) {
        return new SchemeService(db.repositories()).summaries().stream().filter(s -> s.title().contains("Hậu Giang")).findFirst().orElseThrow();
    }

    @Test
    void backupThenRestoreIntoANewFileGivesTheSameScheme() throws Exception {
        Path zip = dir.resolve("sao-luu.zip");
        try (Database db = SampleStore.open(dir)) {
            BackupService.Manifest m = backups.backup(db, zip);
            assertEquals(db.schemaVersion(), m.schemaVersion());
            assertEquals(64, m.sha256().length());
        }
        assertEquals(List.of("manifest.properties", "data.sql"), entries(zip));
        assertEquals(BackupService.FORMAT_VERSION, backups.verify(zip).formatVersion());

        Path restored = dir.resolve("moi").resolve("khoi-phuc");
        assertEquals(null, backups.restore(zip, restored, dir.resolve("an-toan")), "nothing to back up first");
        try (Database db = Database.open(restored)) {
            SchemeSummary hg = hauGiang(db);
            assertEquals(322, hg.positions());
            assertEquals(660, hg.bienChe());
            assertEquals(92, hg.headcount().hopDong());
        }
    }

    @Test
    void restoreBacksUpTheCurrentDataBeforeReplacingIt() throws Exception {
        Path zip = dir.resolve("truoc.zip");
        Path dbPath = dir.resolve("samples");
        try (Database db = SampleStore.open(dir)) {
            backups.backup(db, zip);
            Position p = db.repositories().positions().findByScheme(SampleStore.hauGiang(db).id()).get(0);
            db.run(() -> db.repositories().positions().update(p.withHeadcount(new Headcount(50, 0, 0, 0))));
            assertEquals(660 - p.headcount().bienChe() + 50, hauGiang(db).bienChe());
        }
        Path safety = backups.restore(zip, dbPath, dir.resolve("an-toan"));
        assertNotNull(safety);
        try (Database db = Database.open(dbPath)) {
            assertEquals(660, hauGiang(db).bienChe(), "the backup's figures are back");
        }
        Path again = dir.resolve("lai");
        backups.restore(safety, again, dir.resolve("an-toan-2"));
        try (Database db = Database.open(again)) {
            assertTrue(hauGiang(db).bienChe() != 660, "the edit made before the restore was kept in the safety backup");
        }
    }

    @Test
    void aTamperedBackupIsRefusedAndTheDatabaseIsUntouched() throws Exception {
        Path zip = dir.resolve("goc.zip");
        Path dbPath = dir.resolve("samples");
        try (Database db = SampleStore.open(dir)) {
            backups.backup(db, zip);
        }
        byte[] before = Files.readAllBytes(Database.dataFile(dbPath));

        Path tampered = dir.resolve("sua.zip");
        rewrite(zip, tampered, "data.sql", sql -> sql + "\nDELETE FROM JOB_POSITION;\n");
        BackupException e = assertThrows(BackupException.class, () -> backups.restore(tampered, dbPath, dir.resolve("x")));
        assertTrue(e.getMessage().contains("mã kiểm tra không khớp"), e.getMessage());

        Path newer = dir.resolve("moi-hon.zip");
        rewrite(zip, newer, "manifest.properties", m -> m.replace("formatVersion=1", "formatVersion=99"));
        e = assertThrows(BackupException.class, () -> backups.restore(newer, dbPath, dir.resolve("x")));
        assertTrue(e.getMessage().contains("mới hơn"), e.getMessage());

        Path junk = dir.resolve("rac.zip");
        Files.writeString(junk, "đây không phải tệp zip");
        e = assertThrows(BackupException.class, () -> backups.restore(junk, dbPath, dir.resolve("x")));
        assertTrue(e.getMessage().contains("không phải bản sao lưu"), e.getMessage());

        assertArrayEquals(before, Files.readAllBytes(Database.dataFile(dbPath)), "the database file was not touched");
        assertTrue(Files.notExists(dir.resolve("x")), "no safety backup for a refused restore");
    }

    @Test
    void rollingBackupsKeepTheNewestN() throws Exception {
        Path folder = dir.resolve("backups");
        try (Database db = SampleStore.open(dir)) {
            for (int i = 0; i < 4; i++) {
                backups.rolling(db, folder, 3, i % 2 == 0 ? "mo" : "dong");
            }
        }
        List<String> left;
        try (var files = Files.list(folder)) {
            left = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(3, left.size(), left.toString());
        assertTrue(left.get(2).endsWith("-dong.zip"), left.toString());
    }

    private static List<String> entries(Path zip) throws Exception {
        List<String> names = new java.util.ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                names.add(e.getName());
            }
        }
        return names;
    }

    private static void rewrite(Path from, Path to, String entryName, java.util.function.UnaryOperator<String> change) throws Exception {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals(entryName)) {
                    bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
    }
}
