package vn.vtvlstudio.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import vn.vtvlstudio.domain.AtomicFiles;

/** The user's settings ({@code settings.properties} in the data folder), written atomically. */
final class AppSettings {

    static final String LANG = "lang";
    static final String BACKUP_KEEP = "backup.keep";
    private final Path file;
    private final Properties props = new Properties();

    private AppSettings(Path file) {
        this.file = file;
    }

    static AppSettings load(Path folder) {
        AppSettings s = new AppSettings(folder.resolve("settings.properties"));
        if (Files.isRegularFile(s.file)) {
            try (Reader r = Files.newBufferedReader(s.file, StandardCharsets.UTF_8)) {
                s.props.load(r);
            } catch (IOException | IllegalArgumentException e) {
                // unreadable settings fall back to defaults; the file is rewritten on the next save
            }
        }
        return s;
    }

    String lang() {
        return props.getProperty(LANG, "vi");
    }

    /** How many automatic backups to keep (10 unless set; at least 1). */
    int backupKeep() {
        try {
            return Math.max(1, Integer.parseInt(props.getProperty(BACKUP_KEEP, "10").trim()));
        } catch (NumberFormatException e) {
            return 10;
        }
    }

    void set(String key, String value) {
        props.setProperty(key, value);
    }

    void save() throws IOException {
        java.io.StringWriter w = new java.io.StringWriter();
        props.store(w, "VTVL Studio");
        AtomicFiles.writeString(file, w.toString());
    }
}
