package vn.vtvlstudio.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.vtvlstudio.persistence.Database;
import vn.vtvlstudio.service.BackupService;

@Command(name = "restore", description = "Khôi phục cơ sở dữ liệu từ tệp sao lưu; dữ liệu hiện có được sao lưu trước.")
final class RestoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "PATH", description = "Tệp cơ sở dữ liệu H2 sẽ được thay.")
    Path db;

    @Parameters(index = "0", paramLabel = "FILE", description = "Tệp sao lưu (.zip) do lệnh backup tạo.")
    Path backup;

    @Override
    public Integer call() {
        Path folder = Database.dataFile(db).toAbsolutePath().getParent();
        BackupService service = new BackupService();
        BackupService.Manifest m = service.verify(backup);
        Path safety = service.restore(backup, db, folder.resolve("backups"));
        var out = spec.commandLine().getOut();
        out.printf("Đã khôi phục %s từ %s (tạo lúc %s, lược đồ %s).%n", Database.dataFile(db), backup, m.created(), m.schemaVersion());
        if (safety != null) {
            out.printf("Dữ liệu trước khi khôi phục được sao lưu tại %s%n", safety);
        }
        return 0;
    }
}
