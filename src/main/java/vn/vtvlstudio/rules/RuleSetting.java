package vn.vtvlstudio.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import vn.vtvlstudio.domain.RuleSettingRow;

/**
 * The data a rule pack holds for one rule: its severity, its parameters (thresholds, caps), the legal reference
 * that justifies them, and the period it is in force (null ends are open). Rules read their thresholds from here,
 * never from literals.
 */
public record RuleSetting(String ruleId, Severity severity, Map<String, String> params, String legalRef,
                          LocalDate effectiveFrom, LocalDate effectiveTo) {

    public RuleSetting {
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    /** A setting in force at all times. */
    public RuleSetting(String ruleId, Severity severity, Map<String, String> params, String legalRef) {
        this(ruleId, severity, params, legalRef, null, null);
    }

    /** Whether the setting applies to a scheme dated {@code date} (e.g. KL 40 targets end with 2026). */
    public boolean inForceOn(LocalDate date) {
        return (effectiveFrom == null || !date.isBefore(effectiveFrom)) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    public BigDecimal decimal(String key) {
        String v = params.get(key);
        if (v == null) {
            throw new IllegalStateException("rule " + ruleId + " has no parameter " + key);
        }
        return new BigDecimal(v);
    }

    public BigDecimal decimal(String key, BigDecimal fallback) {
        String v = params.get(key);
        return v == null ? fallback : new BigDecimal(v);
    }

    public String text(String key, String fallback) {
        return params.getOrDefault(key, fallback);
    }

    /** Parses a stored row: severity by name, parameters by {@link RuleParams#parse}. */
    public static RuleSetting fromRow(RuleSettingRow row) {
        return new RuleSetting(row.ruleId(), Severity.valueOf(row.severity().trim()), RuleParams.parse(row.params()),
                row.legalRef(), row.effectiveFrom(), row.effectiveTo());
    }

    /** The same setting under another severity (a scheme's override). */
    public RuleSetting withSeverity(Severity newSeverity) {
        return new RuleSetting(ruleId, newSeverity, params, legalRef, effectiveFrom, effectiveTo);
    }

    /** The same setting with other parameters (a scheme's own thresholds laid over the pack's). */
    public RuleSetting withParams(Map<String, String> newParams) {
        return new RuleSetting(ruleId, severity, newParams, legalRef, effectiveFrom, effectiveTo);
    }

    public int integer(String key) {
        String v = params.get(key);
        if (v == null) {
            throw new IllegalStateException("rule " + ruleId + " has no parameter " + key);
        }
        return Integer.parseInt(v.trim());
    }

    public boolean flag(String key, boolean fallback) {
        String v = params.get(key);
        return v == null ? fallback : Boolean.parseBoolean(v.trim());
    }

    /** A comma-separated list of enum constants; empty when the parameter is absent. */
    public <E extends Enum<E>> Set<E> enums(Class<E> type, String key) {
        return RuleParams.enums(type, params.get(key));
    }

    /** Parameters {@code prefix.X=v} as X → v, e.g. {@code rate.CBCC=0.05} under prefix "rate". */
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> out = new java.util.TreeMap<>();
        String p = prefix + ".";
        params.forEach((k, v) -> {
            if (k.startsWith(p)) {
                out.put(k.substring(p.length()), v);
            }
        });
        return out;
    }
}
