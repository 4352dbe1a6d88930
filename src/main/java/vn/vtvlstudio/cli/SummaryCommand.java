package vn.vtvlstudio.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.vtvlstudio.domain.GroupKind;
import vn.vtvlstudio.domain.StaffCategory;
import vn.vtvlstudio.persistence.Database;
import vn.vtvlstudio.service.SchemeService;
import vn.vtvlstudio.service.SchemeSummary;

@Command(name = "summary", description = "In số vị trí, biên chế theo loại và theo nhóm của từng đề án.")
final class SummaryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "PATH", description = "Tệp cơ sở dữ liệu H2.")
    Path db;

    @Option(names = "--scheme", paramLabel = "ID", description = "Chỉ đề án này.")
    Long schemeId;

    @Option(names = "--json", description = "In dạng JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<SchemeSummary> summaries;
        try (Database database = StoreAccess.openExisting(db)) {
            SchemeService service = new SchemeService(database.repositories());
            summaries = schemeId == null ? service.summaries() : List.of(service.summary(schemeId));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(toJson(summaries));
        } else {
            for (SchemeSummary s : summaries) {
                out.printf("[%d] %s%n    chế độ %s, năm %d: %d vị trí; CBCC %d, VIEN_CHUC %d, HOP_DONG %d; biên chế %d%n",
                        s.id(), s.title(), s.regime(), s.year(), s.positions(), s.headcount().cbcc(),
                        s.headcount().vienChuc(), s.headcount().hopDong(), s.bienChe());
                StringBuilder groups = new StringBuilder("    theo nhóm:");
                s.byGroup().forEach((g, n) -> groups.append(' ').append(g).append('=').append(n));
                out.println(groups);
            }
        }
        out.flush();
        return 0;
    }

    static String toJson(List<SchemeSummary> summaries) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode schemes = root.putArray("schemes");
        for (SchemeSummary s : summaries) {
            ObjectNode n = schemes.addObject();
            n.put("id", s.id());
            n.put("title", s.title());
            n.put("regime", s.regime());
            n.put("year", s.year());
            n.put("positions", s.positions());
            ObjectNode hc = n.putObject("headcount");
            for (StaffCategory c : StaffCategory.values()) {
                // Commune cadres appear only where a scheme has them, keeping the usual three keys otherwise.
                if (c != StaffCategory.CBCC_CAP_XA || s.headcount().cbccCapXa() > 0) {
                    hc.put(c.name(), s.headcount().get(c));
                }
            }
            n.put("bienChe", s.bienChe());
            ObjectNode groups = n.putObject("byGroup");
            for (Map.Entry<GroupKind, Integer> e : s.byGroup().entrySet()) {
                groups.put(e.getKey().name(), e.getValue());
            }
        }
        return mapper.writeValueAsString(root);
    }
}
