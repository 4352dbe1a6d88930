package vn.vtvlstudio.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import vn.vtvlstudio.domain.AtomicFiles;
import vn.vtvlstudio.domain.AuditEntry;
import vn.vtvlstudio.domain.Repositories;

/** Reading and exporting the audit log (who changed what, when). */
public final class AuditService {

    private final Repositories repos;

    public AuditService(Repositories repos) {
        this.repos = repos;
    }

    public List<AuditEntry> recent(int limit) {
        return repos.audit().recent(limit);
    }

    /** Writes entries as UTF-8 CSV (with BOM, so Excel reads the Vietnamese right), atomically. */
    public static void exportCsv(List<AuditEntry> entries, Path file) throws IOException {
        StringBuilder sb = new StringBuilder("\uFEFFid,thoi_gian,nguoi_dung,doi_tuong,ma_doi_tuong,thao_tac,truong,gia_tri_cu,gia_tri_moi\n");
        for (AuditEntry e : entries) {
            sb.append(e.id()).append(',').append(e.at()).append(',').append(cell(e.user())).append(',')
                    .append(cell(e.entity())).append(',').append(e.entityId() == null ? "" : e.entityId()).append(',')
                    .append(e.action()).append(',').append(cell(e.field())).append(',').append(cell(e.oldValue()))
                    .append(',').append(cell(e.newValue())).append('\n');
        }
        AtomicFiles.write(file, o -> o.write(sb.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** A CSV cell; text a spreadsheet would read as a formula gets a leading quote. */
    static String cell(String value) {
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
