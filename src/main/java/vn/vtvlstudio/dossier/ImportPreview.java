package vn.vtvlstudio.dossier;

import java.util.List;

/**
 * What a workbook would import, shown before anything is saved: the rows that were read and every problem found.
 * The caller applies all of it or nothing; a preview with problems must not be applied.
 *
 * @param source   our own dossier (with the hidden id sheet) or an officer's spreadsheet
 * @param sheet    the sheet the positions were read from
 * @param schemeId the scheme the dossier was exported from (own dossier only)
 */
public record ImportPreview(Source source, String sheet, Long schemeId, List<ImportedPosition> positions,
                            List<ImportProblem> problems, java.util.Map<String, String> columns) {

    public enum Source { DOSSIER, SPREADSHEET }

    public ImportPreview {
        positions = List.copyOf(positions);
        problems = List.copyOf(problems);
        columns = columns == null ? java.util.Map.of() : java.util.Map.copyOf(columns);
    }

    /** Column letter where the sheet holds a field (NAME, CODE, UNIT, GRADE_CODE, GRADE_NAME, GRADE…), or the fallback. */
    public String column(String field, String fallback) {
        return columns.getOrDefault(field, fallback);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public ImportPreview withMoreProblems(List<ImportProblem> more) {
        java.util.ArrayList<ImportProblem> all = new java.util.ArrayList<>(problems);
        all.addAll(more);
        return new ImportPreview(source, sheet, schemeId, positions, all, columns);
    }
}
