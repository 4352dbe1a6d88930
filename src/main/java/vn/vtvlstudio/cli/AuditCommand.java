package vn.vtvlstudio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.vtvlstudio.domain.AuditEntry;
import vn.vtvlstudio.persistence.Database;
import vn.vtvlstudio.service.AuditService;

@Command(name = "audit", description = "Xem hoặc xuất nhật ký thay đổi (ai, khi nào, thay đổi gì).")
final class AuditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "PATH", description = "Tệp cơ sở dữ liệu H2.")
    Path db;

    @Option(names = "--limit", defaultValue = "50", paramLabel = "N", description = "Số dòng mới nhất (mặc định 50).")
    int limit;

    @Option(names = "--csv", paramLabel = "FILE", description = "Xuất ra tệp CSV (UTF-8) thay vì in ra màn hình.")
    Path csv;

    @Override
    public Integer call() throws Exception {
        if (limit <= 0) {
            throw new CliException("--limit phải là số nguyên dương.");
        }
        List<AuditEntry> entries;
        try (Database database = StoreAccess.openExisting(db)) {
            entries = database.repositories().audit().recent(limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (csv != null) {
            AuditService.exportCsv(entries, csv);
            out.printf("Đã xuất %d dòng nhật ký ra %s%n", entries.size(), csv);
        } else {
            for (AuditEntry e : entries) {
                out.printf("%s  %-10s %-8s %s#%s %s: %s → %s%n", e.at().withNano(0), e.user(), e.action(), e.entity(),
                        e.entityId() == null ? "" : e.entityId(), e.field() == null ? "" : e.field(),
                        e.oldValue() == null ? "∅" : e.oldValue(), e.newValue() == null ? "∅" : e.newValue());
            }
        }
        out.flush();
        return 0;
    }
}
