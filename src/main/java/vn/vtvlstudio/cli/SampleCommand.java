package vn.vtvlstudio.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.vtvlstudio.domain.Scheme;
import vn.vtvlstudio.persistence.Database;
import vn.vtvlstudio.service.SampleLoader;

@Command(name = "sample", description = "Tạo cơ sở dữ liệu chứa các đề án mẫu (Hậu Giang, Đức Phổ).")
final class SampleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "PATH", description = "Tệp cơ sở dữ liệu H2 (có thể bỏ đuôi .mv.db).")
    Path db;

    @Option(names = "--force", description = "Ghi đè cơ sở dữ liệu đã có.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        Path file = Database.dataFile(db);
        if (Files.exists(file)) {
            if (!force) {
                throw new CliException("Đã có " + file + "; dùng --force để ghi đè.");
            }
            Files.delete(file);
            Files.deleteIfExists(file.resolveSibling(Database.basePath(db).getFileName() + ".trace.db"));
        }
        try (Database database = Database.open(db)) {
            for (Scheme s : new SampleLoader(database.repositories()).loadBundled()) {
                spec.commandLine().getOut().printf("Đã tạo đề án %d: %s%n", s.id(), s.title());
            }
        }
        return 0;
    }
}
