package vn.vtvlstudio.app;

import java.nio.file.Path;
import java.util.Locale;

/** Options of the window: {@code --db PATH} and {@code --lang vi|en}. */
public record StartOptions(Path database, Locale locale) {

    public static StartOptions parse(String[] args) {
        return parse(args, "vi");
    }

    /** Parses the options; {@code defaultLang} (from the settings) applies when there is no {@code --lang}. */
    public static StartOptions parse(String[] args, String defaultLang) {
        Path db = null;
        String lang = System.getProperty("vtvl.lang", defaultLang);
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--db") && i + 1 < args.length) {
                db = Path.of(args[++i]);
            } else if (a.startsWith("--db=")) {
                db = Path.of(a.substring(5));
            } else if (a.equals("--lang") && i + 1 < args.length) {
                lang = args[++i];
            } else if (a.startsWith("--lang=")) {
                lang = a.substring(7);
            } else {
                throw new IllegalArgumentException("Tham số không hợp lệ: " + a + " (dùng --db PATH, --lang vi|en, hoặc --help)");
            }
        }
        Locale locale = "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.forLanguageTag("vi-VN");
        return new StartOptions(db == null ? UserDataFolder.defaultDatabase() : db, locale);
    }
}
