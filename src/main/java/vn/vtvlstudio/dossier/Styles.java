package vn.vtvlstudio.dossier;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles every dossier sheet shares (a workbook holds at most 64,000 styles: create them once). */
final class Styles {

    static final String FONT = "Times New Roman";
    static final short SIZE = 11;

    final CellStyle agency;
    final CellStyle national;
    final CellStyle motto;
    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle header;
    final CellStyle headerNumber;
    final CellStyle text;
    final CellStyle textCenter;
    final CellStyle number;
    final CellStyle percent;
    final CellStyle groupText;
    final CellStyle groupCenter;
    final CellStyle totalText;
    final CellStyle totalNumber;
    final CellStyle totalPercent;
    final CellStyle section;
    final CellStyle label;
    final CellStyle plain;
    final CellStyle signTitle;
    final CellStyle signNote;
    final CellStyle errorText;
    final CellStyle okText;

    Styles(Workbook wb) {
        // the default font decides the column-width unit: make it the document font
        Font base = wb.getFontAt(0);
        base.setFontName(FONT);
        base.setFontHeightInPoints(SIZE);

        Font regular = font(wb, false, false, SIZE);
        Font bold = font(wb, true, false, SIZE);
        Font italic = font(wb, false, true, SIZE);
        Font big = font(wb, true, false, (short) 14);
        Font boldUnderline = font(wb, true, false, SIZE);
        boldUnderline.setUnderline(Font.U_SINGLE);
        Font red = font(wb, true, false, SIZE);
        red.setColor(IndexedColors.DARK_RED.getIndex());

        agency = style(wb, bold, HorizontalAlignment.CENTER, false, true);
        national = style(wb, bold, HorizontalAlignment.CENTER, false, false);
        motto = style(wb, boldUnderline, HorizontalAlignment.CENTER, false, false);
        title = style(wb, big, HorizontalAlignment.CENTER, false, true);
        subtitle = style(wb, italic, HorizontalAlignment.CENTER, false, true);

        header = style(wb, bold, HorizontalAlignment.CENTER, true, true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        headerNumber = style(wb, italic, HorizontalAlignment.CENTER, true, true);

        text = style(wb, regular, HorizontalAlignment.LEFT, true, true);
        textCenter = style(wb, regular, HorizontalAlignment.CENTER, true, true);
        number = style(wb, regular, HorizontalAlignment.RIGHT, true, false);
        number.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
        percent = style(wb, regular, HorizontalAlignment.RIGHT, true, false);
        percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));

        groupText = style(wb, bold, HorizontalAlignment.LEFT, true, true);
        groupText.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
        groupText.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        groupCenter = style(wb, bold, HorizontalAlignment.CENTER, true, true);
        groupCenter.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
        groupCenter.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        totalText = style(wb, bold, HorizontalAlignment.LEFT, true, true);
        totalNumber = style(wb, bold, HorizontalAlignment.RIGHT, true, false);
        totalNumber.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
        totalPercent = style(wb, bold, HorizontalAlignment.RIGHT, true, false);
        totalPercent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));

        section = style(wb, bold, HorizontalAlignment.LEFT, false, true);
        label = style(wb, bold, HorizontalAlignment.LEFT, true, true);
        plain = style(wb, regular, HorizontalAlignment.LEFT, false, true);
        signTitle = style(wb, bold, HorizontalAlignment.CENTER, false, true);
        signNote = style(wb, italic, HorizontalAlignment.CENTER, false, true);
        errorText = style(wb, red, HorizontalAlignment.CENTER, true, true);
        okText = style(wb, regular, HorizontalAlignment.CENTER, true, true);
    }

    private static Font font(Workbook wb, boolean bold, boolean italic, short size) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints(size);
        f.setBold(bold);
        f.setItalic(italic);
        return f;
    }

    private static CellStyle style(Workbook wb, Font font, HorizontalAlignment align, boolean border, boolean wrap) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setWrapText(wrap);
        if (border) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }
}
