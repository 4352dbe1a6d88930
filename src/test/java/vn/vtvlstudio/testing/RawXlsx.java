package vn.vtvlstudio.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes a minimal .xlsx by hand, so tests can build files no spreadsheet program would (huge, bombs) quickly. */
public final class RawXlsx {

    public interface SheetBody {
        void write(Writer sheetData) throws IOException;
    }

    private RawXlsx() {
    }

    public static void write(Path file, SheetBody rows) throws IOException {
        write(file, rows, java.util.Map.of());
    }

    /** As {@link #write(Path, SheetBody)}, with further zip entries (e.g. xl/sharedStrings.xml) written by their writers. */
    public static void write(Path file, SheetBody rows, java.util.Map<String, SheetBody> extraEntries) throws IOException {
        try (OutputStream fos = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(fos)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"Danh sách\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "</Relationships>");
            zip.setLevel(1); // fast: the tests write up to a million rows
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer w = new java.io.BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            rows.write(w);
            w.write("</sheetData></worksheet>");
            w.flush();
            zip.closeEntry();
            for (var extra : extraEntries.entrySet()) {
                zip.putNextEntry(new ZipEntry(extra.getKey()));
                Writer ew = new java.io.BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
                extra.getValue().write(ew);
                ew.flush();
                zip.closeEntry();
            }
        }
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    public static String text(String ref, String value) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + value + "</t></is></c>";
    }

    public static String number(String ref, long value) {
        return "<c r=\"" + ref + "\"><v>" + value + "</v></c>";
    }
}
