package vn.vtvlstudio.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.vtvlstudio.rules.ParamSpec;

/**
 * Rule parameters as an officer types and reads them, and as the rule pack stores them. Shares are typed and shown
 * as percentages with a decimal comma ("9,5" or "9,5 %") and stored as fractions with a dot ("0.095"); flags as
 * «có» / «không»; lists as comma-separated names. Messages are Vietnamese and name the field.
 */
public final class RuleInputs {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RuleInputs() {
    }

    /** How a stored value is shown: 0.10 → "10 %", 0.095 → "9,5 %", true → "có"; other kinds as stored. */
    public static String toDisplay(ParamSpec spec, String stored) {
        if (stored == null) {
            return "";
        }
        return switch (spec.kind()) {
            case SHARE -> {
                try {
                    yield plain(new BigDecimal(stored.strip()).multiply(HUNDRED)).replace('.', ',') + " %";
                } catch (NumberFormatException e) {
                    yield stored;
                }
            }
            case FLAG -> "true".equalsIgnoreCase(stored.strip()) ? "có" : "false".equalsIgnoreCase(stored.strip()) ? "không" : stored;
            default -> stored;
        };
    }

    /**
     * Turns what was typed into the stored form, or refuses it naming {@code field}.
     *
     * @throws InvalidEditException when the value is not of the parameter's kind or out of its range
     */
    public static String toStored(String field, ParamSpec spec, String typed) {
        String t = typed == null ? "" : typed.strip();
        return switch (spec.kind()) {
            case SHARE -> {
                String n = t.endsWith("%") ? t.substring(0, t.length() - 1).strip() : t;
                BigDecimal percent = number(field, n, "(ví dụ 9 hoặc 9,5)");
                BigDecimal min = spec.min().multiply(HUNDRED);
                BigDecimal max = spec.max().multiply(HUNDRED);
                if (percent.compareTo(min) < 0 || percent.compareTo(max) > 0) {
                    throw new InvalidEditException(field, field + " phải từ " + plain(min) + " đến " + plain(max)
                            + " % (đã nhập " + n + ").");
                }
                yield plain(percent.divide(HUNDRED));
            }
            case COUNT -> {
                if (t.isEmpty()) {
                    throw new InvalidEditException(field, field + " không được để trống.");
                }
                if (!t.matches("-?\\d{1,7}")) {
                    throw new InvalidEditException(field, field + ": «" + t + "» không phải là số nguyên.");
                }
                yield Integer.toString(inRange(field, spec, Integer.parseInt(t)));
            }
            case FLAG -> switch (t.toLowerCase(Locale.ROOT)) {
                case "có", "co", "true" -> "true";
                case "không", "khong", "false" -> "false";
                default -> throw new InvalidEditException(field, field + ": nhập «có» hoặc «không» (đã nhập «" + t + "»).");
            };
            case CHOICE -> {
                String c = canonical(spec, t);
                if (c == null) {
                    throw new InvalidEditException(field, field + ": «" + t + "» không phải giá trị hợp lệ; chọn một trong: "
                            + String.join(", ", spec.choices()) + ".");
                }
                yield c;
            }
            case LIST -> {
                List<String> out = new ArrayList<>();
                for (String part : t.split(",")) {
                    String p = part.strip();
                    if (p.isEmpty()) {
                        continue;
                    }
                    String c = canonical(spec, p);
                    if (c == null) {
                        throw new InvalidEditException(field, field + ": «" + p + "» không phải giá trị hợp lệ; dùng các giá trị "
                                + String.join(", ", spec.choices()) + ", cách nhau bằng dấu phẩy.");
                    }
                    if (!out.contains(c)) {
                        out.add(c);
                    }
                }
                yield String.join(",", out);
            }
            case TEXT -> {
                if (t.contains(";") || t.contains("=")) {
                    throw new InvalidEditException(field, field + " không được chứa dấu «;» hoặc «=» (đã nhập «" + t + "»).");
                }
                yield t;
            }
        };
    }

    /** Checks a value already in stored form (what the service is handed), naming {@code field} when it is wrong. */
    public static void checkStored(String field, ParamSpec spec, String stored) {
        String s = stored == null ? "" : stored.strip();
        switch (spec.kind()) {
            case SHARE -> {
                BigDecimal v;
                try {
                    v = new BigDecimal(s);
                } catch (NumberFormatException e) {
                    throw new InvalidEditException(field, field + ": «" + s + "» không phải là tỷ lệ (ví dụ 0.10).");
                }
                if (v.compareTo(spec.min()) < 0 || v.compareTo(spec.max()) > 0) {
                    throw new InvalidEditException(field, field + " phải từ " + plain(spec.min()) + " đến " + plain(spec.max())
                            + " (đã nhập " + s + ").");
                }
            }
            case FLAG -> {
                if (!s.equals("true") && !s.equals("false")) {
                    throw new InvalidEditException(field, field + ": «" + s + "» phải là true hoặc false.");
                }
            }
            default -> {
                String again = toStored(field, spec, s);
                if (!again.equals(s)) {
                    throw new InvalidEditException(field, field + ": «" + s + "» không ở dạng lưu trữ (" + again + ").");
                }
            }
        }
    }

    /** Whether two stored values mean the same (10 % = 0.10 = 0.1). */
    public static boolean same(ParamSpec spec, String a, String b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (spec.kind() == ParamSpec.Kind.SHARE || spec.kind() == ParamSpec.Kind.COUNT) {
            try {
                return new BigDecimal(a.strip()).compareTo(new BigDecimal(b.strip())) == 0;
            } catch (NumberFormatException e) {
                return a.strip().equals(b.strip());
            }
        }
        return a.strip().equals(b.strip());
    }

    private static BigDecimal number(String field, String text, String example) {
        if (text.isEmpty()) {
            throw new InvalidEditException(field, field + " không được để trống.");
        }
        String n = text.replace(',', '.');
        if (!n.matches("-?\\d{1,9}(\\.\\d{1,6})?")) {
            throw new InvalidEditException(field, field + ": «" + text + "» không phải là số " + example + ".");
        }
        return new BigDecimal(n);
    }

    private static int inRange(String field, ParamSpec spec, int value) {
        if (value < spec.min().intValue() || value > spec.max().intValue()) {
            throw new InvalidEditException(field, field + " phải từ " + spec.min().intValue() + " đến " + spec.max().intValue()
                    + " (đã nhập " + value + ").");
        }
        return value;
    }

    private static String canonical(ParamSpec spec, String typed) {
        return spec.choices().stream().filter(c -> c.equalsIgnoreCase(typed)).findFirst().orElse(null);
    }

    private static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
