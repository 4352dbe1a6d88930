package vn.vtvlstudio.dossier;

/**
 * One thing wrong with one cell of an imported sheet, found before anything is saved.
 *
 * @param sheet   sheet name
 * @param row     row number as Excel shows it (1-based)
 * @param column  column letter(s), e.g. "C"
 * @param field   what the column holds, in Vietnamese ("Số lượng CBCC")
 * @param message what is wrong, in Vietnamese
 */
public record ImportProblem(String sheet, int row, String column, String field, String message) {

    /** "Danh mục!C12". */
    public String location() {
        return sheet + "!" + column + row;
    }

    /** "Danh mục!C12 (Số lượng CBCC): Số lượng không được âm (-2)." */
    @Override
    public String toString() {
        return location() + " (" + field + "): " + message;
    }
}
