package vn.vtvlstudio.dossier;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import vn.vtvlstudio.domain.Scheme;

/**
 * Writes one dossier sheet top to bottom: the letterhead, a table header, rows, and the signature block. Rows are
 * streamed (SXSSF), so nothing may go back to a row already written: every total is computed before its row.
 */
final class SheetWriter {

    /** Points per text line of 11 pt Times New Roman, with the cell padding. */
    private static final float LINE = 14.5f;

    final DossierContext ctx;
    final Styles st;
    final SXSSFSheet sheet;
    final double[] widths;
    private int next;
    private int headerFirst = -1;

    SheetWriter(DossierContext ctx, String name, double... widths) {
        this.ctx = ctx;
        this.st = ctx.styles;
        this.sheet = ctx.workbook.createSheet(name);
        this.widths = widths;
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, (int) Math.round(widths[i] * 256));
        }
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.LeftMargin, 0.5);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.RightMargin, 0.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.TopMargin, 0.6);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.BottomMargin, 0.6);
        sheet.getFooter().setCenter("Trang &P/&N");
    }

    int columns() {
        return widths.length;
    }

    /** Index (0-based) of the next row to be written. */
    int nextRow() {
        return next;
    }

    Row row() {
        ctx.rowWritten();
        return sheet.createRow(next++);
    }

    Row row(float heightPoints) {
        Row r = row();
        r.setHeightInPoints(heightPoints);
        return r;
    }

    void skip() {
        next++;
    }

    /** A text cell. setCellValue(String) always stores a string, so "=..." typed by a user stays text. */
    Cell text(Row r, int col, String value, CellStyle style) {
        Cell c = r.createCell(col);
        c.setCellValue(value == null ? "" : value);
        c.setCellStyle(style);
        return c;
    }

    /** A text cell spanning columns first..last (merged), with the row made tall enough for the wrapped text. */
    void spanText(Row r, int first, int last, String value, CellStyle style) {
        text(r, first, value, style);
        for (int c = first + 1; c <= last; c++) {
            r.createCell(c).setCellStyle(style);
        }
        if (last > first) {
            merge(r.getRowNum(), r.getRowNum(), first, last);
        }
        fit(r, value, first, last);
    }

    /** Text that wraps within one column; the row grows to show every line. */
    void wrapText(Row r, int col, String value, CellStyle style) {
        text(r, col, value, style);
        fit(r, value, col, col);
    }

    Cell number(Row r, int col, double value, CellStyle style) {
        Cell c = r.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
        return c;
    }

    /**
     * A formula over cell references only (never user text), with its value cached so that readers that do not
     * recalculate (POI, previewers) see the right number.
     */
    Cell formula(Row r, int col, String formula, double cached, CellStyle style) {
        Cell c = r.createCell(col);
        c.setCellFormula(formula);
        c.setCellValue(cached);
        c.setCellStyle(style);
        return c;
    }

    Cell blank(Row r, int col, CellStyle style) {
        Cell c = r.createCell(col);
        c.setCellStyle(style);
        return c;
    }

    void merge(int r1, int r2, int c1, int c2) {
        sheet.addMergedRegionUnsafe(new CellRangeAddress(r1, r2, c1, c2));
    }

    /** Grows the row so that text wrapped over the given columns shows in full. */
    void fit(Row r, String value, int first, int last) {
        if (value == null || value.isEmpty()) {
            return;
        }
        double width = 0;
        for (int c = first; c <= last && c < widths.length; c++) {
            width += widths[c];
        }
        int lines = lines(value, width);
        float needed = lines * LINE + 3;
        if (lines > 1 && needed > r.getHeightInPoints()) {
            r.setHeightInPoints(needed);
        }
    }

    /** Lines a text takes in a column this many characters wide (Times New Roman is narrower than the unit). */
    static int lines(String value, double widthChars) {
        double perLine = Math.max(1, widthChars - 1);
        int lines = 0;
        for (String para : value.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(para.length() / perLine));
        }
        return lines;
    }

    /**
     * Letterhead, title and the "(Kèm theo Đề án …)" line: rows 1–5 of every sheet. The agency's name sits over the
     * left part of the page, the national title over the right part.
     */
    void letterhead(String title) {
        int n = columns();
        int leftEnd = splitColumn();
        String agency = Labels.upper(ctx.headName());
        Row r0 = row(18);
        spanText(r0, 0, leftEnd, agency, st.agency);
        spanText(r0, leftEnd + 1, n - 1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", st.national);
        Row r1 = row(18);
        spanText(r1, leftEnd + 1, n - 1, "Độc lập – Tự do – Hạnh phúc", st.motto);
        skip();
        Row t = row(22);
        spanText(t, 0, n - 1, title, st.title);
        Row sub = row();
        spanText(sub, 0, n - 1, decisionLine(ctx.snapshot.scheme()), st.subtitle);
        skip();
    }

    static String decisionLine(Scheme s) {
        String no = s.decisionNo() == null || s.decisionNo().isBlank() ? "……" : s.decisionNo();
        String date = s.decisionDate() == null ? "……" : Labels.date(s.decisionDate());
        return "(Kèm theo Đề án số " + no + " ngày " + date + ")";
    }

    /**
     * Last column of the left (agency) part: as far right as half the width allows, keeping at least 40 characters
     * on the right for the national title.
     */
    private int splitColumn() {
        double total = 0;
        for (double w : widths) {
            total += w;
        }
        double acc = 0;
        int split = 0;
        for (int i = 0; i < widths.length - 1; i++) {
            acc += widths[i];
            if (acc <= total / 2 && total - acc >= 40) {
                split = i;
            }
        }
        return split;
    }

    /** Marks the next rows as the table header: remember where it starts. */
    void beginHeader() {
        headerFirst = next;
    }

    /** Header done: repeat its rows on every printed page and freeze the panes below it. */
    void endHeader() {
        int last = next - 1;
        sheet.setRepeatingRows(new CellRangeAddress(headerFirst, last, -1, -1));
        sheet.createFreezePane(0, next);
    }

    /** Header cell spanning rows r1..r2 and columns c1..c2 (all cells bordered so the merge prints framed). */
    void headerCell(int r1, int r2, int c1, int c2, String value) {
        for (int r = r1; r <= r2; r++) {
            Row row = sheet.getRow(r);
            for (int c = c1; c <= c2; c++) {
                Cell cell = row.getCell(c);
                if (cell == null) {
                    cell = row.createCell(c);
                }
                cell.setCellStyle(st.header);
                if (r == r1 && c == c1) {
                    cell.setCellValue(value);
                }
            }
        }
        if (r1 != r2 || c1 != c2) {
            merge(r1, r2, c1, c2);
        }
    }

    /** "(1) (2) …" under the header, as official forms number their columns. */
    void columnNumbers() {
        Row r = row();
        for (int c = 0; c < columns(); c++) {
            text(r, c, "(" + (c + 1) + ")", st.headerNumber);
        }
    }

    /** "…, ngày … tháng … năm …", then "NGƯỜI LẬP BIỂU" left and "THỦ TRƯỞNG CƠ QUAN" right. */
    void signature() {
        int n = columns();
        int leftEnd = splitColumn();
        skip();
        Row date = row();
        spanText(date, leftEnd + 1, n - 1, "…, ngày … tháng … năm …", st.signNote);
        Row titles = row(18);
        spanText(titles, 0, leftEnd, "NGƯỜI LẬP BIỂU", st.signTitle);
        spanText(titles, leftEnd + 1, n - 1, "THỦ TRƯỞNG CƠ QUAN", st.signTitle);
        Row notes = row();
        spanText(notes, 0, leftEnd, "(Ký, ghi rõ họ tên)", st.signNote);
        spanText(notes, leftEnd + 1, n - 1, "(Ký tên, đóng dấu)", st.signNote);
    }

    static String col(int index) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(index);
    }

    /** A1 reference of a cell given 0-based row and column. */
    static String ref(int row, int col) {
        return col(col) + (row + 1);
    }
}
