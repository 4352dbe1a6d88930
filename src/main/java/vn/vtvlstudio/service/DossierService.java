package vn.vtvlstudio.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import vn.vtvlstudio.domain.Agency;
import vn.vtvlstudio.domain.Progress;
import vn.vtvlstudio.domain.Repositories;
import vn.vtvlstudio.domain.SchemeSnapshot;
import vn.vtvlstudio.dossier.DossierExporter;
import vn.vtvlstudio.dossier.DossierOptions;
import vn.vtvlstudio.rules.Finding;

/** Exporting a scheme's approval dossier: reads one consistent snapshot and writes the workbook atomically. */
public final class DossierService {

    /** What was written. */
    public record ExportResult(Path file, long schemeId, Long agencyId, int positions, int bienChe) {
    }

    private final Repositories repos;
    private final SchemeService schemes;

    public DossierService(Repositories repos) {
        this.repos = repos;
        this.schemes = new SchemeService(repos);
    }

    /**
     * @param agencyCode export only this agency and its subtree; null for the whole scheme
     * @param findings   results of the checks to print on "Kết quả kiểm tra" (may be empty)
     */
    public ExportResult export(long schemeId, String agencyCode, List<Finding> findings, Path out) throws IOException {
        return export(schemes.snapshot(schemeId), agencyCode, findings, out);
    }

    /** Exports a snapshot already read (e.g. the one the findings were computed on), so the scheme is read once. */
    public ExportResult export(SchemeSnapshot snapshot, String agencyCode, List<Finding> findings, Path out) throws IOException {
        return export(snapshot, agencyCode, findings, out, Progress.NONE);
    }

    /**
     * As {@link #export(SchemeSnapshot, String, List, Path)}, reporting to {@code progress}. A cancel ends in
     * {@link vn.vtvlstudio.domain.CancelledException}: the temporary file is deleted and {@code out}, if it existed,
     * is left as it was.
     */
    public ExportResult export(SchemeSnapshot snapshot, String agencyCode, List<Finding> findings, Path out, Progress progress)
            throws IOException {
        long schemeId = snapshot.scheme().id();
        Long agencyId = null;
        if (agencyCode != null) {
            Agency agency = repos.agencies().findByCode(agencyCode)
                    .orElseThrow(() -> new NotFoundException("Không có cơ quan mã " + agencyCode + "."));
            if (snapshot.agencies().get(agency.id()) == null) {
                throw new NotFoundException("Cơ quan " + agencyCode + " không thuộc đề án số " + schemeId + ".");
            }
            agencyId = agency.id();
        }
        new DossierExporter(DossierOptions.defaults().forAgency(agencyId)).export(snapshot, findings, out, progress);
        var totals = agencyId == null ? snapshot.totals() : snapshot.totalsOf(agencyId);
        return new ExportResult(out, schemeId, agencyId, totals.positions(), totals.bienChe());
    }
}
