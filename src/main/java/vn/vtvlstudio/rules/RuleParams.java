package vn.vtvlstudio.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The text form of rule parameters in {@code rule_setting.params}: {@code key=value;key=value}. Keys and values are
 * trimmed; empty segments are skipped; lists inside a value are comma-separated. A segment without '=' or with an
 * empty key is a data error, reported with the whole text so the officer can find it.
 */
public final class RuleParams {

    private RuleParams() {
    }

    /** Parses {@code "rate.CBCC=0.05; rate.VIEN_CHUC=0.10"} into an ordered map; null or blank gives an empty map. */
    public static Map<String, String> parse(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String segment : text.split(";")) {
            if (segment.isBlank()) {
                continue;
            }
            int eq = segment.indexOf('=');
            if (eq <= 0 || segment.substring(0, eq).isBlank()) {
                throw new IllegalArgumentException("bad rule parameter '" + segment.trim() + "' in: " + text);
            }
            String key = segment.substring(0, eq).trim();
            if (out.containsKey(key)) {
                throw new IllegalArgumentException("rule parameter '" + key + "' given twice in: " + text);
            }
            out.put(key, segment.substring(eq + 1).trim());
        }
        return out;
    }

    /** The inverse of {@link #parse}: {@code key=value;key=value} in map order. */
    public static String format(Map<String, String> params) {
        return params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    /** Comma-separated list; blank gives an empty list. */
    public static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : value.split(",")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** Comma-separated enum constants; an unknown name is a data error. */
    public static <E extends Enum<E>> Set<E> enums(Class<E> type, String value) {
        Set<E> out = EnumSet.noneOf(type);
        for (String s : list(value)) {
            out.add(Enum.valueOf(type, s));
        }
        return out;
    }
}
