package vn.vtvlstudio.service;

import java.nio.file.Path;
import java.util.List;
import vn.vtvlstudio.dossier.ImportPreview;

/**
 * What importing a workbook into a scheme would do, for the window to show before anything is saved: every cell it
 * changes (sheet, row, position code, field, old → new), the positions it creates, the counts, and every problem
 * with its place in the sheet. A review that has problems, or whose file could not be read at all ({@link #refusal}),
 * cannot be applied.
 *
 * <p>Values are written in Vietnamese as the dossier shows them (unit and agency names, "01.003 Chuyên viên",
 * "Kiêm nhiệm"); the fields are an enum so that the window can name them in its language.
 */
public final class ImportReview {

    /** Which field of a position a change is about; {@link #NEW_POSITION} is a whole position created. */
    public enum Field { NEW_POSITION, CODE, NAME, GROUP, UNIT, GRADE, WORKLOAD, ROLE, CBCC, VIEN_CHUC, HOP_DONG, NOTE }

    /** One change: the row of the sheet it comes from and the value before and after (blank when there is none). */
    public record Change(String sheet, int row, String code, Field field, String before, String after) {
    }

    /**
     * One thing wrong with one cell (the dossier's {@code ImportProblem}, restated here so that the window does not
     * depend on the workbook reader).
     */
    public record Problem(String sheet, int row, String column, String field, String message) {
        /** "Biểu 01!E3 (Số lượng CBCC): Số lượng không được âm (-1)." */
        @Override
        public String toString() {
            return sheet + "!" + column + row + " (" + field + "): " + message;
        }
    }

    private final Path file;
    private final long schemeId;
    private final ImportPreview preview;
    private final ImportService.ImportResult counts;
    private final List<Change> changes;
    private final List<Problem> problems;
    private final String refusal;

    ImportReview(Path file, long schemeId, ImportPreview preview, ImportService.ImportResult counts, List<Change> changes,
                 List<Problem> problems, String refusal) {
        this.file = file;
        this.schemeId = schemeId;
        this.preview = preview;
        this.counts = counts;
        this.changes = List.copyOf(changes);
        this.problems = List.copyOf(problems);
        this.refusal = refusal;
    }

    /** A file that could not be read at all (not a workbook, encrypted, too big, …), with the reason in Vietnamese. */
    static ImportReview refused(Path file, long schemeId, String reason) {
        return new ImportReview(file, schemeId, null, new ImportService.ImportResult(0, 0, 0, false), List.of(), List.of(),
                reason);
    }

    public Path file() { return file; }
    public long schemeId() { return schemeId; }
    /** The sheet the positions were read from; null when the file was refused. */
    public String sheet() { return preview == null ? null : preview.sheet(); }
    /** Position rows read from the sheet. */
    public int rows() { return preview == null ? 0 : preview.positions().size(); }
    /** Positions that would be created, updated and left unchanged (counted only when there is no problem). */
    public ImportService.ImportResult counts() { return counts; }
    public List<Change> changes() { return changes; }
    public List<Problem> problems() { return problems; }
    /** Why the file could not be read at all, or null. */
    public String refusal() { return refusal; }

    /** True when applying would save every row: the file was read and nothing is wrong with it. */
    public boolean canApply() {
        return refusal == null && problems.isEmpty();
    }

    ImportPreview preview() {
        return preview;
    }
}
