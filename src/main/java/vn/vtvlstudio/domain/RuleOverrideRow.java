package vn.vtvlstudio.domain;

/**
 * A scheme's own setting of one rule, overriding its regime's rule pack for this scheme only: a severity (ERROR,
 * WARNING, INFO or OFF; null keeps the pack's) and parameters ({@code key=value;key=value}, only the keys the scheme
 * changes; null or blank changes none).
 */
public record RuleOverrideRow(long schemeId, String ruleId, String severity, String params) {

    /** A severity override alone. */
    public RuleOverrideRow(long schemeId, String ruleId, String severity) {
        this(schemeId, ruleId, severity, null);
    }
}
