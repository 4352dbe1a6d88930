package vn.vtvlstudio.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Parses what an officer types, with Vietnamese messages naming the field. Used by the ViewModels while typing and by
 * the services before the store, so a bad value never gets further than the field it was typed in.
 */
public final class EditInputs {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private EditInputs() {
    }

    /** A headcount or quota: a non-negative whole number; blank counts as 0. Dots as thousands separators are accepted. */
    public static int count(String field, String text) {
        String t = text == null ? "" : text.strip().replace(".", "");
        if (t.isEmpty()) {
            return 0;
        }
        if (!t.matches("-?\\d{1,7}")) {
            throw new InvalidEditException(field, field + ": «" + text.strip() + "» không phải là số nguyên.");
        }
        int value = Integer.parseInt(t);
        if (value < 0) {
            throw new InvalidEditException(field, field + " không được âm (đã nhập " + value + ").");
        }
        return value;
    }

    public static void requireCount(String field, int value) {
        if (value < 0) {
            throw new InvalidEditException(field, field + " không được âm (đã nhập " + value + ").");
        }
    }

    public static String required(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidEditException(field, field + " không được để trống.");
        }
        return text.strip();
    }

    /** A date as dd/MM/yyyy; blank gives null. */
    public static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip(), DATE);
        } catch (DateTimeParseException e) {
            throw new InvalidEditException(field, field + ": «" + text.strip() + "» không phải ngày dạng dd/MM/yyyy.");
        }
    }

    public static int year(String field, String text) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("\\d{4}") || Integer.parseInt(t) < 1990 || Integer.parseInt(t) > 2100) {
            throw new InvalidEditException(field, field + ": «" + t + "» không phải năm hợp lệ (1990–2100).");
        }
        return Integer.parseInt(t);
    }

    public static void level(String field, int level) {
        if (level < 1 || level > 5) {
            throw new InvalidEditException(field, field + " phải từ 1 đến 5 (đã nhập " + level + ").");
        }
    }
}
