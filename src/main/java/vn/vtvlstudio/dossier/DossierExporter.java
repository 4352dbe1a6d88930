package vn.vtvlstudio.dossier;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.vtvlstudio.domain.AtomicFiles;
import vn.vtvlstudio.domain.CancelledException;
import vn.vtvlstudio.domain.Progress;
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

    /**
     * Zipping the sheets after the rows are written takes about a third of an export (2 s of 6 at 100,000 positions):
     * it gets half as many steps as the rows, advanced by the bytes written at about {@value #ZIP_BYTES_PER_STEP}
     * bytes a step (the 100,000-position workbook is 10 MB for 238,000 rows).
     */
    private static final int ZIP_SHARE = 2;
    private static final int ZIP_BYTES_PER_STEP = 2 * 44;

    private final DossierOptions options;

    public DossierExporter() {
        this(DossierOptions.defaults());
    }

    public DossierExporter(DossierOptions options) {
        this.options = options;
    }

    /** Exports to {@code target}, replacing it only once the new workbook is completely on disk. */
    public void export(SchemeSnapshot snapshot, List<Finding> findings, Path target) throws IOException {
        export(snapshot, findings, target, Progress.NONE);
    }

    /**
     * As {@link #export(SchemeSnapshot, List, Path)}, reporting rows written to {@code progress}. When it is cancelled
     * ({@link CancelledException}) the temporary file is deleted and {@code target} is left as it was.
     */
    public void export(SchemeSnapshot snapshot, List<Finding> findings, Path target, Progress progress) throws IOException {
        AtomicFiles.write(target, out -> {
            java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(out, 1 << 16);
            write(snapshot, findings, buffered, progress);
            buffered.flush();
        });
    }

    /** Writes the workbook to a stream (which is not closed). */
    public void write(SchemeSnapshot snapshot, List<Finding> findings, OutputStream out) throws IOException {
        write(snapshot, findings, out, Progress.NONE);
    }

    /** Writes the workbook to a stream (which is not closed), reporting to {@code progress} and stopping when cancelled. */
    public void write(SchemeSnapshot snapshot, List<Finding> findings, OutputStream out, Progress progress) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(null, options.rowWindow(), false, false);
        try {
            DossierContext ctx = new DossierContext(snapshot, options, wb, progress);
            long rows = ctx.estimateRows(findings.size());
            ctx.totalSteps(rows / ZIP_SHARE);
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
            long total = ctx.totalSteps();
            progress.worked(rows, total);
            progress.checkCancelled();
            wb.write(new java.io.FilterOutputStream(out) {
                private long bytes;
                private long reported;

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    // SXSSF copies each sheet's temporary file into the zip here: a cancel stops it between blocks
                    progress.checkCancelled();
                    out.write(b, off, len);
                    bytes += len;
                    if (bytes - reported >= 1 << 16) {
                        reported = bytes;
                        progress.worked(Math.min(total - 1, rows + bytes / ZIP_BYTES_PER_STEP), total);
                    }
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            });
            progress.worked(total, total);
        } finally {
            wb.dispose();
            wb.close();
        }
    }
}
