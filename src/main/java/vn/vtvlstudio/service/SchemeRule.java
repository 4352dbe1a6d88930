package vn.vtvlstudio.service;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.vtvlstudio.domain.RuleOverrideRow;
import vn.vtvlstudio.domain.RuleSettingRow;
import vn.vtvlstudio.rules.RuleParams;
import vn.vtvlstudio.rules.Severity;

/**
 * One rule of a scheme's regime as the scheme applies it: the pack's setting and the scheme's own override (null when
 * it has none).
 */
public record SchemeRule(RuleSettingRow pack, RuleOverrideRow override) {

    public String ruleId() {
        return pack.ruleId();
    }

    public Severity packSeverity() {
        return Severity.valueOf(pack.severity().strip());
    }

    /** The severity the scheme is checked with. */
    public Severity severity() {
        return override != null && override.severity() != null && !override.severity().isBlank()
                ? Severity.valueOf(override.severity().strip()) : packSeverity();
    }

    /** The pack's parameters in the order the pack lists them. */
    public Map<String, String> packParams() {
        return RuleParams.parse(pack.params());
    }

    /** The keys the scheme gives its own value, with that value. */
    public Map<String, String> schemeParams() {
        return override == null ? Map.of() : RuleParams.parse(override.params());
    }

    /** The parameters the scheme is checked with, in the pack's order. */
    public Map<String, String> params() {
        Map<String, String> out = new LinkedHashMap<>(packParams());
        out.putAll(schemeParams());
        return out;
    }

    /** Whether the scheme departs from the pack for this rule (severity or a parameter). */
    public boolean overridden() {
        return severity() != packSeverity() || !schemeParams().isEmpty();
    }
}
