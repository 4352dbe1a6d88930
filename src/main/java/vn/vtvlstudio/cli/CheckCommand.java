package vn.vtvlstudio.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.vtvlstudio.domain.Scheme;
import vn.vtvlstudio.persistence.Database;
import vn.vtvlstudio.rules.Finding;
import vn.vtvlstudio.rules.Severity;
import vn.vtvlstudio.service.CheckService;
import vn.vtvlstudio.service.SchemeService;

@Command(name = "check", description = "Kiểm tra đề án theo bộ quy tắc của chế độ áp dụng; thoát với mã 1 khi có LỖI.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "PATH", description = "Tệp cơ sở dữ liệu H2.")
    Path db;

    @Option(names = "--scheme", paramLabel = "ID", description = "Chỉ đề án này (mặc định: mọi đề án).")
    Long schemeId;

    @Option(names = "--json", description = "In dạng JSON.")
    boolean json;

    @Option(names = "--english", description = "Thông báo bằng tiếng Anh.")
    boolean english;

    record SchemeFindings(Scheme scheme, List<Finding> findings) {
    }

    @Override
    public Integer call() throws Exception {
        List<SchemeFindings> results = new ArrayList<>();
        try (Database database = StoreAccess.openExisting(db)) {
            SchemeService schemes = new SchemeService(database.repositories());
            CheckService checks = new CheckService(database.rulePacks(), database);
            List<Scheme> targets = schemeId == null ? schemes.schemes()
                    : List.of(schemes.scheme(schemeId).orElseThrow(() -> new CliException("Không có đề án số " + schemeId + ".")));
            for (Scheme s : targets) {
                results.add(new SchemeFindings(s, checks.check(schemes.snapshot(s.id()))));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        boolean errors = results.stream().flatMap(r -> r.findings().stream()).anyMatch(f -> f.severity() == Severity.ERROR);
        if (json) {
            out.println(toJson(results, english));
        } else {
            for (SchemeFindings r : results) {
                long e = count(r, Severity.ERROR);
                long w = count(r, Severity.WARNING);
                long i = count(r, Severity.INFO);
                out.printf("[%d] %s: %d lỗi, %d cảnh báo, %d thông tin%n", r.scheme().id(), r.scheme().title(), e, w, i);
                for (Finding f : r.findings()) {
                    // the message itself ends with its legal basis ("Căn cứ: …")
                    out.printf("  %-7s %-36s %s%n          %s%n", f.severity(), f.ruleId(), f.target(), english ? f.messageEn() : f.messageVi());
                }
            }
        }
        out.flush();
        return errors ? VtvlCli.FINDINGS : VtvlCli.OK;
    }

    private static long count(SchemeFindings r, Severity s) {
        return r.findings().stream().filter(f -> f.severity() == s).count();
    }

    static String toJson(List<SchemeFindings> results, boolean english) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode findings = root.putArray("findings");
        for (SchemeFindings r : results) {
            for (Finding f : r.findings()) {
                ObjectNode n = findings.addObject();
                n.put("schemeId", r.scheme().id());
                n.put("ruleId", f.ruleId());
                n.put("severity", f.severity().name());
                n.put("target", f.target());
                n.put("targetKind", f.targetKind());
                n.put("targetId", f.targetId());
                n.put("message", english ? f.messageEn() : f.messageVi());
                n.put("basis", f.basis());
                n.set("values", mapper.valueToTree(f.values()));
            }
        }
        return mapper.writeValueAsString(root);
    }
}
