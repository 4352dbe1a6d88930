package vn.vtvlstudio.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.vtvlstudio.domain.AtomicFiles;
import vn.vtvlstudio.domain.AuditEntry;
import vn.vtvlstudio.persistence.Database;

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
            StringBuilder sb = new StringBuilder("\uFEFFid,thoi_gian,nguoi_dung,doi_tuong,ma_doi_tuong,thao_tac,truong,gia_tri_cu,gia_tri_moi\n");
            for (AuditEntry e : entries) {
                sb.append(e.id()).append(',').append(e.at()).append(',').append(cell(e.user())).append(',')
                        .append(cell(e.entity())).append(',').append(e.entityId() == null ? "" : e.entityId()).append(',')
                        .append(e.action()).append(',').append(cell(e.field())).append(',').append(cell(e.oldValue()))
                        .append(',').append(cell(e.newValue())).append('\n');
            }
            AtomicFiles.write(csv, o -> o.write(sb.toString().getBytes(StandardCharsets.UTF_8)));
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

    /** A CSV cell; text that a spreadsheet would read as a formula is prefixed with a quote. */
    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
