package vn.vtvlstudio.ui;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers and dates as Vietnamese officers write them: 1.578; 31/12/2026. */
public final class Formats {

    public static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Formats() {
    }

    public static String integer(long value) {
        return NumberFormat.getIntegerInstance(VI).format(value);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
