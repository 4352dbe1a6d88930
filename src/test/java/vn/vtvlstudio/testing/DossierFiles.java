package vn.vtvlstudio.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads and edits exported dossier workbooks with POI's whole-workbook reader, as an officer's spreadsheet program
 * would: the grand total row of "Danh mục VTVL", and one headcount changed by hand.
 */
public final class DossierFiles {

    /** The catalogue sheet's name and columns (as CatalogueSheet writes them). */
    public static final String CATALOGUE = "Danh mục VTVL";
    private static final int CODE = 1;
    private static final int CBCC = 8;
    private static final int BIEN_CHE = 11;
    /** Row index (0-based) of the first position of group I in an exported catalogue. */
    public static final int FIRST_POSITION_ROW = 10;

    /** The grand total row: its label ("TỔNG CỘNG (322 vị trí việc làm)") and the cached CBCC and biên chế sums. */
    public record Totals(String label, int cbcc, int bienChe) {
    }

    private DossierFiles() {
    }

    public static Totals totals(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet(CATALOGUE);
            for (Row r : s) {
                Cell c = r.getCell(CODE);
                if (c != null && c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && c.getStringCellValue().startsWith("TỔNG CỘNG")) {
                    return new Totals(c.getStringCellValue(), (int) r.getCell(CBCC).getNumericCellValue(),
                            (int) r.getCell(BIEN_CHE).getNumericCellValue());
                }
            }
            throw new AssertionError("no TỔNG CỘNG row in " + file);
        }
    }

    /** Copies an exported dossier with the CBCC of its first position raised by {@code delta}; returns that code. */
    public static String withFirstCbccRaised(Path exported, Path edited, int delta) throws IOException {
        try (InputStream in = Files.newInputStream(exported); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Row first = wb.getSheet(CATALOGUE).getRow(FIRST_POSITION_ROW);
            first.getCell(CBCC).setCellValue(first.getCell(CBCC).getNumericCellValue() + delta);
            try (OutputStream out = Files.newOutputStream(edited)) {
                wb.write(out);
            }
            return first.getCell(CODE).getStringCellValue();
        }
    }

    /** Copies an exported dossier with the CBCC of its first position set to a negative number (a row the import refuses). */
    public static void withNegativeCbcc(Path exported, Path edited) throws IOException {
        try (InputStream in = Files.newInputStream(exported); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.getSheet(CATALOGUE).getRow(FIRST_POSITION_ROW).getCell(CBCC).setCellValue(-3);
            try (OutputStream out = Files.newOutputStream(edited)) {
                wb.write(out);
            }
        }
    }
}
