package vn.vtvlstudio.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import vn.vtvlstudio.persistence.Database;

/** Opens the database a command names; refuses a path with no database rather than creating an empty one. */
final class StoreAccess {

    private StoreAccess() {
    }

    static Database openExisting(Path path) {
        Path file = Database.dataFile(path);
        if (!Files.isRegularFile(file)) {
            throw new CliException("Không tìm thấy cơ sở dữ liệu " + file + " (tạo bằng lệnh: sample --db " + path + ").");
        }
        return Database.open(path);
    }

}
