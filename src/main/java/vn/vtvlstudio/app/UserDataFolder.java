package vn.vtvlstudio.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where a user's data lives by default: %APPDATA%\VTVLStudio, ~/.local/share/vtvl-studio, ~/Library/Application Support/VTVLStudio. */
public final class UserDataFolder {

    public static final String DATABASE_NAME = "vtvl-studio";

    private UserDataFolder() {
    }

    public static Path folder() {
        return folder(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path folder(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve("VTVLStudio");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("VTVLStudio");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share")).resolve("vtvl-studio");
    }

    /** The default database (base path, without the .mv.db suffix). */
    public static Path defaultDatabase() {
        return folder().resolve(DATABASE_NAME);
    }
}
