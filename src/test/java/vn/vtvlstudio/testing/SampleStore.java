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

    public static Scheme hauGiang(Database db) {
        return db.repositories().schemes().findAll().stream().filter(s -> s.title().contains("Hậu Giang")).findFirst()
                .orElseThrow(() -> new AssertionError("the Hậu Giang sample is missing"));
    }

    public static Scheme ducPho(Database db) {
        return db.repositories().schemes().findAll().stream().filter(s -> s.title().contains("Đức Phổ")).findFirst()
                .orElseThrow(() -> new AssertionError("the Đức Phổ sample is missing"));
    }
}
