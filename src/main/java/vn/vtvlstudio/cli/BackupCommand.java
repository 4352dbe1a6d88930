package vn.vtvlstudio.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.vtvlstudio.persistence.Database;
import vn.vtvlstudio.service.BackupService;

@Command(name = "backup", description = "Sao lưu toàn bộ cơ sở dữ liệu vào một tệp (.zip).")
final class BackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "PATH", description = "Tệp cơ sở dữ liệu H2.")
    Path db;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Tệp sao lưu sẽ ghi.")
    Path out;

    @Override
    public Integer call() {
        try (Database database = StoreAccess.openExisting(db)) {
            BackupService.Manifest m = new BackupService().backup(database, out);
            spec.commandLine().getOut().printf("Đã sao lưu %s vào %s (lược đồ %s, SHA-256 %s)%n", database.file(), out,
                    m.schemaVersion(), m.sha256().substring(0, 12));
        }
        return 0;
    }
}
