package vn.vtvlstudio.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Message templates of the checks ({@code i18n/rules_vi.properties}, {@code rules_en.properties}) and the number
 * formats they use: vi-VN (1.578; 9,80%) and English (1,578; 9.80%). Arguments are pre-formatted here so that
 * MessageFormat never applies its own locale rules.
 */
final class Texts {

    static final Locale VI = Locale.forLanguageTag("vi-VN");
    static final Locale EN = Locale.ENGLISH;

    private static final Texts VI_TEXTS = new Texts(VI, ',', '.');
    private static final Texts EN_TEXTS = new Texts(EN, '.', ',');

    private final ResourceBundle bundle;
    private final ThreadLocal<DecimalFormat> integer;
    private final ThreadLocal<DecimalFormat> decimal;
    private final ThreadLocal<DecimalFormat> percent2;

    private Texts(Locale locale, char decimalSeparator, char groupingSeparator) {
        this.bundle = ResourceBundle.getBundle("i18n.rules", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setDecimalSeparator(decimalSeparator);
        symbols.setGroupingSeparator(groupingSeparator);
        this.integer = ThreadLocal.withInitial(() -> new DecimalFormat("#,##0", symbols));
        this.decimal = ThreadLocal.withInitial(() -> {
            DecimalFormat f = new DecimalFormat("#,##0.##", symbols);
            f.setRoundingMode(RoundingMode.HALF_UP);
            return f;
        });
        this.percent2 = ThreadLocal.withInitial(() -> {
            DecimalFormat f = new DecimalFormat("#,##0.00", symbols);
            f.setRoundingMode(RoundingMode.HALF_UP);
            return f;
        });
    }

    static Texts vi() {
        return VI_TEXTS;
    }

    static Texts en() {
        return EN_TEXTS;
    }

    String text(String key) {
        return bundle.getString(key);
    }

    boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** Fills a template; arguments are formatted by {@link #format(Object)}. */
    String message(String key, Object... args) {
        Object[] formatted = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            formatted[i] = format(args[i]);
        }
        return new MessageFormat(text(key), Locale.ROOT).format(formatted);
    }

    /**
     * Integers with grouping; BigDecimal with up to 2 decimals; {@link Percent} as a percentage; {@link Key} as a
     * localized text; an Iterable joined with "; "; enum constants through their "enum.Type.NAME" key when the bundle has one.
     */
    String format(Object arg) {
        if (arg instanceof Integer || arg instanceof Long) {
            return integer.get().format(((Number) arg).longValue());
        }
        if (arg instanceof BigDecimal d) {
            return decimal.get().format(d);
        }
        if (arg instanceof Percent p) {
            BigDecimal hundred = p.fraction().movePointRight(2);
            return (p.exact() ? percent2.get().format(hundred) : decimal.get().format(hundred)) + "%";
        }
        if (arg instanceof Key k) {
            return k.args().length == 0 ? text(k.key()) : message(k.key(), k.args());
        }
        if (arg instanceof Iterable<?> parts) {
            StringBuilder sb = new StringBuilder();
            for (Object part : parts) {
                if (sb.length() > 0) {
                    sb.append("; ");
                }
                sb.append(format(part));
            }
            return sb.toString();
        }
        if (arg instanceof Enum<?> e) {
            String key = "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name();
            return has(key) ? text(key) : e.name();
        }
        return String.valueOf(arg);
    }

    /**
     * A fraction shown as a percentage. {@code exact} measured shares get two decimals (9,80%); thresholds only as
     * many as they need (10%, 65%).
     */
    record Percent(BigDecimal fraction, boolean exact) {
        static Percent measured(BigDecimal fraction) {
            return new Percent(fraction, true);
        }

        static Percent threshold(BigDecimal fraction) {
            return new Percent(fraction, false);
        }
    }

    /** A localized text (optionally a template with arguments) used as an argument of another. */
    record Key(String key, Object... args) {
    }
}
