package vn.vtvlstudio.dossier;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.vtvlstudio.domain.AtomicFiles;
import vn.vtvlstudio.domain.SchemeSnapshot;
import vn.vtvlstudio.rules.Finding;

/**
 * Writes the approval dossier of a scheme as an .xlsx workbook in the layout of DOMAIN.md §7: eight printable sheets
 * and the very hidden sheet "_vtvl" that lets {@link DossierImporter} read the workbook back.
 *
 * <p>Rows are streamed (SXSSF), so 100,000 positions export in bounded memory; the file is replaced atomically, so a
 * failed export never leaves a half-written workbook in place of the previous one.
 */
public final class DossierExporter {

    /** The printable sheets, in order. */
    public static final List<String> SHEET_NAMES = List.of(CatalogueSheet.NAME, DescriptionSheet.NAME,
            StructureSheet.GRADE_NAME, StructureSheet.CDNN_NAME, QuotaSheet.NAME, DeputySheet.NAME,
            FindingsSheet.NAME, LegalBasisSheet.NAME);
    public static final String HIDDEN_SHEET = HiddenSheet.NAME;

    private final DossierOptions options;

    public DossierExporter() {
        this(DossierOptions.defaults());
    }

    public DossierExporter(DossierOptions options) {
        this.options = options;
    }

    /** Exports to {@code target}, replacing it only once the new workbook is completely on disk. */
    public void export(SchemeSnapshot snapshot, List<Finding> findings, Path target) throws IOException {
        AtomicFiles.write(target, out -> {
            java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(out, 1 << 16);
            write(snapshot, findings, buffered);
            buffered.flush();
        });
    }

    /** Writes the workbook to a stream (which is not closed). */
    public void write(SchemeSnapshot snapshot, List<Finding> findings, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(null, options.rowWindow(), false, false);
        try {
            DossierContext ctx = new DossierContext(snapshot, options, wb);
            CatalogueSheet.write(ctx);
            DescriptionSheet.write(ctx);
            StructureSheet.writeGrades(ctx);
            StructureSheet.writeRanks(ctx);
            QuotaSheet.write(ctx);
            DeputySheet.write(ctx);
            FindingsSheet.write(ctx, findings);
            LegalBasisSheet.write(ctx);
            HiddenSheet.write(ctx);
            wb.setActiveSheet(0);
            wb.setFirstVisibleTab(0);
            var props = wb.getXSSFWorkbook().getProperties().getCoreProperties();
            props.setTitle(snapshot.scheme().title());
            props.setCreator("VTVL Studio");
            wb.write(new java.io.FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            });
        } finally {
            wb.dispose();
            wb.close();
        }
    }
}
