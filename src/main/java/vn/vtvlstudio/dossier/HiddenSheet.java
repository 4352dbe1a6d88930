package vn.vtvlstudio.dossier;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import vn.vtvlstudio.domain.Position;

/**
 * The very hidden sheet "_vtvl" that lets an exported workbook come back: the format version, the scheme, and for
 * every position its stable id, code and row on the catalogue sheet. Excel's "Unhide" does not list it.
 */
final class HiddenSheet {

    static final String NAME = "_vtvl";
    /** 0-based row of the table header; position rows follow it. */
    static final int TABLE_HEADER_ROW = 8;
    static final String[] COLUMNS = {"position_id", "code", "row", "agency_id", "unit_id"};

    private HiddenSheet() {
    }

    static void write(DossierContext ctx) {
        SXSSFSheet sheet = ctx.workbook.createSheet(NAME);
        // an explicit style on every cell: SXSSF looks up the column's default style (in XML beans) for a cell
        // without one, which costs more than writing the cell
        CellStyle plain = ctx.workbook.getCellStyleAt(0);
        int r = 0;
        kv(sheet, r++, "format", DossierOptions.FORMAT_VERSION);
        kv(sheet, r++, "scheme_id", ctx.snapshot.scheme().id() == null ? "" : String.valueOf(ctx.snapshot.scheme().id()));
        kv(sheet, r++, "scheme_title", ctx.snapshot.scheme().title());
        kv(sheet, r++, "regime", ctx.snapshot.scheme().regimeCode());
        kv(sheet, r++, "agency_id", ctx.options.agencyId() == null ? "" : String.valueOf(ctx.options.agencyId()));
        kv(sheet, r++, "catalogue_sheet", CatalogueSheet.NAME);
        kv(sheet, r++, "positions", String.valueOf(ctx.positions.size()));
        Row h = sheet.createRow(TABLE_HEADER_ROW);
        for (int c = 0; c < COLUMNS.length; c++) {
            h.createCell(c).setCellValue(COLUMNS[c]);
        }
        r = TABLE_HEADER_ROW + 1;
        for (Position p : ctx.positions) {
            ctx.rowWritten();
            Row row = sheet.createRow(r++);
            if (p.id() != null) {
                cell(row, 0, plain).setCellValue(p.id());
            }
            cell(row, 1, plain).setCellValue(p.code() == null ? "" : p.code());
            Integer catalogueRow = ctx.catalogueRow.get(p.id());
            if (catalogueRow != null) {
                cell(row, 2, plain).setCellValue(catalogueRow);
            }
            cell(row, 3, plain).setCellValue(p.agencyId());
            if (p.unitId() != null) {
                cell(row, 4, plain).setCellValue(p.unitId());
            }
        }
        int index = ctx.workbook.getSheetIndex(sheet);
        ctx.workbook.setSheetVisibility(index, SheetVisibility.VERY_HIDDEN);
    }

    private static Cell cell(Row row, int col, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellStyle(style);
        return c;
    }

    private static void kv(SXSSFSheet sheet, int r, String key, String value) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(key);
        row.createCell(1).setCellValue(value == null ? "" : value);
    }
}
