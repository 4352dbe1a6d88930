package vn.vtvlstudio.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.vtvlstudio.dossier.ImportPreview;
import vn.vtvlstudio.dossier.ImportProblem;
import vn.vtvlstudio.persistence.Database;
import vn.vtvlstudio.service.ImportService;
import vn.vtvlstudio.service.SchemeService;

/** Exit codes: 0 imported (or checked, with --dry-run), 1 rejected with its problems, 2 usage or unreadable file. */
@Command(name = "import", description = "Nhập danh mục vị trí việc làm từ tệp .xlsx (hồ sơ đã xuất hoặc bảng của cán bộ). "
        + "Kiểm tra toàn bộ trước; chỉ lưu khi không có lỗi nào.")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "PATH", description = "Tệp cơ sở dữ liệu H2.")
    Path db;

    @Parameters(index = "0", paramLabel = "FILE.xlsx", description = "Tệp cần nhập.")
    Path file;

    @Option(names = "--scheme", paramLabel = "ID", description = "Đề án nhận dữ liệu (bỏ trống khi chỉ có một).")
    Long schemeId;

    @Option(names = "--dry-run", description = "Chỉ kiểm tra, không lưu.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Database database = StoreAccess.openExisting(db)) {
            long id = SchemeChoice.resolve(new SchemeService(database.repositories()), schemeId);
            ImportService service = new ImportService(database.repositories());
            ImportPreview preview = service.preview(id, file);
            if (!preview.ok()) {
                for (ImportProblem p : preview.problems()) {
                    out.println(p);
                }
                out.flush();
                err.println("Tệp có " + preview.problems().size() + " lỗi; không có thay đổi nào được lưu.");
                err.flush();
                return VtvlCli.FINDINGS;
            }
            ImportService.ImportResult result = dryRun ? service.plan(id, preview) : service.apply(id, preview);
            out.printf("%s %d dòng từ trang \"%s\": %d vị trí tạo mới, %d vị trí cập nhật, %d không đổi%s.%n",
                    dryRun ? "Đã kiểm tra" : "Đã nhập", preview.positions().size(), preview.sheet(), result.created(),
                    result.updated(), result.unchanged(), dryRun ? " (chưa lưu, --dry-run)" : "");
            out.flush();
            return VtvlCli.OK;
        }
    }
}
