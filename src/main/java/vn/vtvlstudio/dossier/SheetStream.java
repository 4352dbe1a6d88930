package vn.vtvlstudio.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one worksheet's XML as a stream of rows (SAX, never the whole workbook in memory), telling formulas from
 * values, and collecting merged ranges. Stops with {@link RowLimitException} past the row limit.
 */
final class SheetStream extends DefaultHandler {

    /** One cell as stored: its text (shared strings resolved), whether it is a formula, and its number if numeric. */
    record RawCell(int col, String text, boolean formula, boolean numeric, double number) {
        boolean blank() {
            return !formula && text.isBlank();
        }
    }

    /** A row number as Excel shows it (1-based) and its cells by column. */
    record RawRow(int row, TreeMap<Integer, RawCell> cells) {
        RawCell cell(Integer col) {
            return col == null ? null : cells.get(col);
        }

        String text(Integer col) {
            RawCell c = cell(col);
            return c == null ? "" : c.text().trim();
        }

        boolean blank() {
            return cells.values().stream().allMatch(RawCell::blank);
        }
    }

    interface RowSink {
        /** @return false to stop reading the sheet */
        boolean row(RawRow row) throws SAXException;
    }

    static final class RowLimitException extends SAXException {
        RowLimitException() {
            super("row limit");
        }
    }

    private static final class StopException extends SAXException {
        StopException() {
            super("stop");
        }
    }

    private static final int MAX_COLUMNS = 256;
    private static final int MAX_TEXT = 32_767;

    private final SharedStrings strings;
    private final RowSink sink;
    private final int rowLimit;
    final List<CellRangeAddress> merges = new ArrayList<>();

    private int rows;
    private int rowNum;
    private int lastRow;
    private TreeMap<Integer, RawCell> cells;
    private int col;
    private int lastCol;
    private String type;
    private boolean formula;
    private boolean inValue;
    private boolean inInline;
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder formulaText = new StringBuilder();
    private boolean inFormula;

    private SheetStream(SharedStrings strings, RowSink sink, int rowLimit) {
        this.strings = strings;
        this.sink = sink;
        this.rowLimit = rowLimit;
    }

    /** Streams the sheet into {@code sink}; returns the merged ranges (read after the rows, at the end of the sheet). */
    static List<CellRangeAddress> read(InputStream sheetXml, SharedStrings strings, int rowLimit, RowSink sink)
            throws IOException, SAXException {
        SheetStream handler = new SheetStream(strings, sink, rowLimit);
        try {
            XMLReader reader = XMLHelper.newXMLReader();
            reader.setContentHandler(handler);
            reader.parse(new InputSource(sheetXml));
        } catch (StopException e) {
            // the sink had enough
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e);
        }
        return handler.merges;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        switch (localName) {
            case "row" -> {
                String r = atts.getValue("r");
                rowNum = r == null ? lastRow + 1 : parseInt(r, lastRow + 1);
                lastRow = rowNum;
                cells = new TreeMap<>();
                lastCol = -1;
            }
            case "c" -> {
                String ref = atts.getValue("r");
                col = ref == null ? lastCol + 1 : column(ref, lastCol + 1);
                lastCol = col;
                type = atts.getValue("t");
                formula = false;
                value.setLength(0);
                formulaText.setLength(0);
            }
            case "v" -> inValue = true;
            case "t" -> inInline = "inlineStr".equals(type);
            case "f" -> {
                formula = true;
                inFormula = true;
            }
            case "mergeCell" -> {
                String ref = atts.getValue("ref");
                if (ref != null && merges.size() < 100_000) {
                    try {
                        merges.add(CellRangeAddress.valueOf(ref));
                    } catch (IllegalArgumentException e) {
                        // a malformed range is ignored, it cannot cover our data
                    }
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue || inInline) {
            append(value, ch, start, length);
        } else if (inFormula) {
            append(formulaText, ch, start, length);
        }
    }

    private static void append(StringBuilder sb, char[] ch, int start, int length) {
        int room = MAX_TEXT - sb.length();
        if (room > 0) {
            sb.append(ch, start, Math.min(room, length));
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "v" -> inValue = false;
            case "t" -> inInline = false;
            case "f" -> inFormula = false;
            case "c" -> {
                if (col < MAX_COLUMNS && cells != null) {
                    cells.put(col, cell());
                }
            }
            case "row" -> {
                if (cells != null && !cells.isEmpty()) {
                    if (++rows > rowLimit) {
                        throw new RowLimitException();
                    }
                    if (!sink.row(new RawRow(rowNum, cells))) {
                        throw new StopException();
                    }
                }
                cells = null;
            }
            default -> {
            }
        }
    }

    private RawCell cell() {
        String v = value.toString();
        if ("s".equals(type)) {
            int idx = parseInt(v.trim(), -1);
            String s = idx >= 0 && idx < strings.getCount() ? strings.getItemAt(idx).getString() : "";
            return new RawCell(col, s, formula, false, 0);
        }
        if ("inlineStr".equals(type) || "str".equals(type) || "e".equals(type)) {
            return new RawCell(col, formula ? "=" + formulaText : v, formula, false, 0);
        }
        if ("b".equals(type)) {
            return new RawCell(col, "1".equals(v.trim()) ? "TRUE" : "FALSE", formula, false, 0);
        }
        String text = formula ? "=" + formulaText : v;
        if (v.isBlank()) {
            return new RawCell(col, text, formula, false, 0);
        }
        try {
            double d = Double.parseDouble(v.trim());
            String shown = d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
            return new RawCell(col, formula ? text : shown, formula, true, d);
        } catch (NumberFormatException e) {
            return new RawCell(col, text, formula, false, 0);
        }
    }

    /** Column index of an A1 reference ("AB12" → 27), without regular expressions: this runs for every cell. */
    static int column(String ref, int fallback) {
        int col = 0;
        int i = 0;
        for (; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                col = col * 26 + (ch - 'A' + 1);
            } else if (ch >= 'a' && ch <= 'z') {
                col = col * 26 + (ch - 'a' + 1);
            } else {
                break;
            }
            if (col > 16_384) {
                return fallback;
            }
        }
        return i == 0 ? fallback : col - 1;
    }

    private static int parseInt(String s, int fallback) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
