package vn.vtvlstudio.rules;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The data a rule pack holds for one rule: its severity, its parameters (thresholds, caps), and the legal reference
 * that justifies them. Rules read their thresholds from here, never from literals.
 */
public record RuleSetting(String ruleId, Severity severity, Map<String, String> params, String legalRef) {

    public RuleSetting {
        params = params == null ? Map.of() : Map.copyOf(params);
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
}
