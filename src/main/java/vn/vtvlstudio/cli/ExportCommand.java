package vn.vtvlstudio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.vtvlstudio.persistence.Database;
import vn.vtvlstudio.domain.SchemeSnapshot;
import vn.vtvlstudio.rules.Finding;
import vn.vtvlstudio.service.CheckService;
import vn.vtvlstudio.service.DossierService;
import vn.vtvlstudio.service.SchemeService;

@Command(name = "export", description = "Xuất hồ sơ đề án ra tệp .xlsx theo mẫu trình thẩm định.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "PATH", description = "Tệp cơ sở dữ liệu H2.")
    Path db;

    @Option(names = "--scheme", paramLabel = "ID", description = "Đề án (bỏ trống khi chỉ có một).")
    Long schemeId;

    @Option(names = "--agency", paramLabel = "CODE", description = "Chỉ xuất cơ quan này và các đơn vị trực thuộc.")
    String agencyCode;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "Tệp kết quả (ghi đè an toàn).")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            throw new CliException("Tệp kết quả phải có đuôi .xlsx: " + out);
        }
        DossierService.ExportResult result;
        try (Database database = StoreAccess.openExisting(db)) {
            SchemeService schemes = new SchemeService(database.repositories());
            long id = SchemeChoice.resolve(schemes, schemeId);
            SchemeSnapshot snapshot = schemes.snapshot(id);
            List<Finding> findings = new CheckService(database.rulePacks(), database).check(snapshot);
            result = new DossierService(database.repositories()).export(snapshot, agencyCode, findings, out);
        }
        PrintWriter w = spec.commandLine().getOut();
        w.printf("Đã xuất %s: đề án %d, %d vị trí, biên chế %d.%n", result.file(), result.schemeId(), result.positions(),
                result.bienChe());
        w.flush();
        return VtvlCli.OK;
    }
}
