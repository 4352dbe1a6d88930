package vn.vtvlstudio.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vtvlstudio.domain.Position;
import vn.vtvlstudio.testing.ChildJvm;
import vn.vtvlstudio.testing.CrashWorker;
import vn.vtvlstudio.testing.HoldDatabase;

/** Killing the program at any moment loses no committed change and leaves no half-done import. */
class CrashSafetyTest {

    static final int KILLS = 20;

    @TempDir
    Path dir;

    @Test
    void sigkillAtRandomMomentsLosesNoCommittedChange() throws Exception {
        Path db = dir.resolve("crash");
        Path journal = dir.resolve("journal.txt");
        try (Database d = Database.open(db)) {
            CrashWorker.prepare(d);
        }
        Random random = new Random(20261122);
        int survived = 0;
        for (int run = 1; run <= KILLS; run++) {
            try (ChildJvm child = ChildJvm.start(CrashWorker.class, db.toString(), journal.toString())) {
                child.awaitReady(60);
                Thread.sleep(150 + random.nextInt(900));
                child.kill();
            }
            verify(db, journal, run);
            survived++;
        }
        assertEquals(KILLS, survived);
        List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        long edits = lines.stream().filter(l -> l.startsWith("E ")).count();
        long imports = lines.stream().filter(l -> l.startsWith("I ")).count();
        System.out.printf("CrashSafetyTest: %d kills survived, %d edits and %d imports of %d positions committed%n",
                survived, edits, imports, CrashWorker.BATCH);
        assertTrue(edits >= KILLS && imports >= 1, "the worker did real work between kills: " + edits + " edits, " + imports + " imports");
    }

    private static void verify(Path db, Path journal, int run) throws Exception {
        List<Integer> edits = new ArrayList<>();
        List<Integer> imports = new ArrayList<>();
        for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
            String[] parts = line.split(" ");
            if (parts.length != 2 || parts[1].isEmpty()) {
                continue; // the kill may cut the last line
            }
            (parts[0].equals("E") ? edits : imports).add(Integer.parseInt(parts[1]));
        }
        try (Database d = Database.open(db)) {
            long schemeId = d.repositories().schemes().findAll().get(0).id();
            List<Position> positions = d.repositories().positions().findByScheme(schemeId);
            int value = positions.stream().filter(p -> p.code().equals(CrashWorker.EDITED)).findFirst().orElseThrow().headcount().cbcc();
            if (!edits.isEmpty()) {
                int last = edits.get(edits.size() - 1);
                int next = last + 1 + ((last + 1) % 5 == 0 ? 1 : 0);
                assertTrue(value == last || value == next,
                        "run " + run + ": last journaled edit " + last + ", database has " + value);
            }
            Map<Integer, Integer> batches = new TreeMap<>();
            for (Position p : positions) {
                if (p.code().startsWith("B")) {
                    batches.merge(Integer.parseInt(p.code().substring(1, p.code().indexOf('-'))), 1, Integer::sum);
                }
            }
            batches.forEach((batch, size) -> assertEquals(CrashWorker.BATCH, size, "run " + run + ": batch " + batch + " is half there"));
            for (int committed : imports) {
                assertEquals(CrashWorker.BATCH, batches.getOrDefault(committed, 0), "run " + run + ": journaled batch " + committed + " lost");
            }
            assertTrue(batches.size() - imports.size() <= 1, "at most one import committed but not yet journaled");
        }
    }

    @Test
    void aSecondProcessGetsAClearMessageNotAStackTrace() throws Exception {
        Path db = dir.resolve("shared");
        try (Database d = Database.open(db)) {
            d.schemaVersion();
        }
        try (ChildJvm holder = ChildJvm.start(HoldDatabase.class, db.toString())) {
            holder.awaitReady(60);
            DatabaseLockedException e = assertThrows(DatabaseLockedException.class, () -> Database.open(db));
            assertTrue(e.getMessage().contains("đang được một chương trình khác mở"), e.getMessage());
            assertTrue(e.getMessage().contains("shared.mv.db"), e.getMessage());
        }
        try (Database d = Database.open(db)) {
            assertEquals(UpgradeTest.latestBundledVersion(), d.schemaVersion(), "usable again once the other process is gone");
        }
    }
}
