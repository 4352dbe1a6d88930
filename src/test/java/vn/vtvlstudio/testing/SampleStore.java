package vn.vtvlstudio.testing;

import java.nio.file.Path;
import vn.vtvlstudio.domain.Scheme;
import vn.vtvlstudio.persistence.Database;
import vn.vtvlstudio.service.SampleLoader;

/** A real H2 file with the bundled samples, for tests that need real content. */
public final class SampleStore {

    private SampleStore() {
    }

    public static Database open(Path dir) {
        Database db = Database.open(dir.resolve("samples"));
        new SampleLoader(db.repositories()).loadBundled();
        return db;
    }

    /** The main window's ViewModel with editing, on a synchronous executor, in Vietnamese. */
    public static vn.vtvlstudio.ui.main.MainViewModel workspace(Database db) {
        return new vn.vtvlstudio.ui.main.MainViewModel(new vn.vtvlstudio.service.SchemeService(db.repositories()),
                new vn.vtvlstudio.service.EditService(db.repositories(), new vn.vtvlstudio.service.EditHistory(db)),
                java.util.ResourceBundle.getBundle("i18n.messages", java.util.Locale.forLanguageTag("vi-VN")),
                Runnable::run, Runnable::run);
    }

    public static Scheme hauGiang(Database db) {
        return db.repositories().schemes().findAll().stream().filter(s -> s.title().contains("Hậu Giang")).findFirst()
                .orElseThrow(() -> new AssertionError("the Hậu Giang sample is missing"));
    }

    public static Scheme ducPho(Database db) {
        return db.repositories().schemes().findAll().stream().filter(s -> s.title().contains("Đức Phổ")).findFirst()
                .orElseThrow(() -> new AssertionError("the Đức Phổ sample is missing"));
    }
}
