package vn.vtvlstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceChannelTest {

    @TempDir
    Path dir;

    @Test
    void aSecondStartBringsTheRunningWindowForward() throws Exception {
        Path dataFile = dir.resolve("vtvl-studio.mv.db");
        CountDownLatch activated = new CountDownLatch(1);
        try (InstanceChannel running = InstanceChannel.listen(dataFile, activated::countDown)) {
            assertTrue(Files.isRegularFile(dir.resolve("vtvl-studio.instance")));
            assertTrue(InstanceChannel.activateRunning(dataFile));
            assertTrue(activated.await(5, TimeUnit.SECONDS), "the running instance was asked to come forward");
        }
        assertFalse(Files.exists(dir.resolve("vtvl-studio.instance")), "the hint goes with the instance");
        assertFalse(InstanceChannel.activateRunning(dataFile));
    }

    @Test
    void aStalePortFileIsAnsweredByNobody() throws Exception {
        Path dataFile = dir.resolve("old.mv.db");
        Files.writeString(dir.resolve("old.instance"), "1");
        assertFalse(InstanceChannel.activateRunning(dataFile));
        Files.writeString(dir.resolve("old.instance"), "không phải số");
        assertFalse(InstanceChannel.activateRunning(dataFile));
    }

    @Test
    void settingsRoundTripAndFallBackToDefaults() throws Exception {
        AppSettings s = AppSettings.load(dir);
        assertEquals("vi", s.lang());
        assertEquals(10, s.backupKeep());
        s.set(AppSettings.LANG, "en");
        s.set(AppSettings.BACKUP_KEEP, "3");
        s.save();
        AppSettings again = AppSettings.load(dir);
        assertEquals("en", again.lang());
        assertEquals(3, again.backupKeep());
        Files.writeString(dir.resolve("settings.properties"), "backup.keep=mười\n");
        assertEquals(10, AppSettings.load(dir).backupKeep());
        assertEquals("en", StartOptions.parse(new String[0], "en").locale().getLanguage());
        assertEquals("vi", StartOptions.parse(new String[] {"--lang", "vi"}, "en").locale().getLanguage());
    }

    @Test
    void userDataFolderFollowsEachSystemsConvention() {
        Path home = Path.of("/home/can-bo");
        assertEquals(Path.of("/home/can-bo/.local/share/vtvl-studio"), UserDataFolder.folder("Linux", java.util.Map.of(), home));
        assertEquals(Path.of("/xdg/vtvl-studio"), UserDataFolder.folder("Linux", java.util.Map.of("XDG_DATA_HOME", "/xdg"), home));
        assertEquals(Path.of("/home/can-bo/Library/Application Support/VTVLStudio"), UserDataFolder.folder("Mac OS X", java.util.Map.of(), home));
        assertEquals(Path.of("C:/Users/x/AppData/Roaming/VTVLStudio"),
                UserDataFolder.folder("Windows 11", java.util.Map.of("APPDATA", "C:/Users/x/AppData/Roaming"), home));
    }
}
