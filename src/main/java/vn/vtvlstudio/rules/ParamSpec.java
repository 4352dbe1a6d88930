package vn.vtvlstudio.rules;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import vn.vtvlstudio.domain.AdminLevel;
import vn.vtvlstudio.domain.AgencyKind;
import vn.vtvlstudio.domain.GradeKind;
import vn.vtvlstudio.domain.GradeTier;
import vn.vtvlstudio.domain.GroupKind;
import vn.vtvlstudio.domain.OrgUnitKind;
import vn.vtvlstudio.domain.RoundingRule;
import vn.vtvlstudio.domain.StaffCategory;

/**
 * What one rule parameter holds (a share, a count, a flag, a choice or a list of choices) and which values the rule
 * accepts, so that an editor can offer the right input and refuse a wrong value before a check trips over it. Known
 * from the parameter's key as the rules read it (see docs/rules.md); an unknown key is free text.
 *
 * @param min     smallest allowed value of a SHARE (as a fraction) or COUNT
 * @param max     largest allowed value of a SHARE (as a fraction) or COUNT
 * @param choices allowed names of a CHOICE or LIST (empty for other kinds)
 */
public record ParamSpec(String key, Kind kind, BigDecimal min, BigDecimal max, List<String> choices) {

    /** How a value is written and checked. */
    public enum Kind {
        /** A fraction 0..1 stored with a dot (0.10), shown as a percentage (10 %). */
        SHARE,
        /** A whole number within {@code min..max}. */
        COUNT,
        /** true or false. */
        FLAG,
        /** One of {@code choices}. */
        CHOICE,
        /** Comma-separated names, each one of {@code choices}; may be empty. */
        LIST,
        /** Anything (table codes, marks). */
        TEXT
    }

    private static final List<String> REQUIREMENTS = List.of("training", "certificates", "experience", "qualities", "itAndLanguages");

    public ParamSpec {
        choices = List.copyOf(choices);
    }

    /** The spec of {@code key} as rule {@code ruleId} reads it. */
    public static ParamSpec of(String ruleId, String key) {
        String family = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
        boolean member = key.contains(".");
        if (member) {
            return switch (family) {
                case "rate", "cap" -> share(key);
                case "min" -> count(key, 0, 100_000);
                case "tiers" -> list(key, GradeTier.class);
                default -> text(key);
            };
        }
        return switch (key) {
            case "min", "top", "next", "topWhenMax4", "upperOfTwo" -> share(key);
            case "minGeneral", "minProfessional", "minManagement", "minTasks" -> count(key, 0, 99);
            case "minLevel", "maxLevel" -> count(key, 1, 5);
            case "maxStep" -> count(key, 1, 20);
            case "notAboveParent" -> new ParamSpec(key, Kind.FLAG, null, null, List.of("true", "false"));
            case "rounding" -> choice(key, RoundingRule.class);
            case "level" -> new ParamSpec(key, Kind.CHOICE, null, null, List.of("SCHEME", "AGENCY"));
            case "category" -> choice(key, StaffCategory.class);
            case "categories" -> list(key, StaffCategory.class);
            case "agencyKinds" -> list(key, AgencyKind.class);
            case "levels" -> list(key, AdminLevel.class);
            case "unitKinds" -> list(key, OrgUnitKind.class);
            case "allowedGroups", "exemptGroups", "requiredFor" -> list(key, GroupKind.class);
            case "tiers" -> list(key, GradeTier.class);
            case "kinds" -> list(key, GradeKind.class);
            case "requirements" -> new ParamSpec(key, Kind.LIST, null, null, REQUIREMENTS);
            default -> text(key);
        };
    }

    /** Whether the value is a number an officer would call a threshold (a share or a count). */
    public boolean isThreshold() {
        return kind == Kind.SHARE || kind == Kind.COUNT;
    }

    private static ParamSpec share(String key) {
        return new ParamSpec(key, Kind.SHARE, BigDecimal.ZERO, BigDecimal.ONE, List.of());
    }

    private static ParamSpec count(String key, int min, int max) {
        return new ParamSpec(key, Kind.COUNT, BigDecimal.valueOf(min), BigDecimal.valueOf(max), List.of());
    }

    private static ParamSpec text(String key) {
        return new ParamSpec(key, Kind.TEXT, null, null, List.of());
    }

    private static <E extends Enum<E>> ParamSpec choice(String key, Class<E> type) {
        return new ParamSpec(key, Kind.CHOICE, null, null, names(type));
    }

    private static <E extends Enum<E>> ParamSpec list(String key, Class<E> type) {
        return new ParamSpec(key, Kind.LIST, null, null, names(type));
    }

    private static <E extends Enum<E>> List<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }
}
