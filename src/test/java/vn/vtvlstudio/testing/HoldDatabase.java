package vn.vtvlstudio.testing;

import java.nio.file.Path;
import vn.vtvlstudio.persistence.Database;

/** A second process that holds a database open until killed. */
public final class HoldDatabase {

    private HoldDatabase() {
    }

    public static void main(String[] args) throws Exception {
        Database db = Database.open(Path.of(args[0]));
        db.schemaVersion();
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
        db.close();
    }
}
