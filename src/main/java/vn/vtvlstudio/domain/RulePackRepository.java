package vn.vtvlstudio.domain;

import java.util.List;

/** Rule-pack settings per regime and severity overrides per scheme. */
public interface RulePackRepository {

    /** Settings of one regime, ordered by rule id. */
    List<RuleSettingRow> settingsOf(String regimeCode);

    /** Overrides of one scheme, ordered by rule id. */
    List<RuleOverrideRow> overridesOf(long schemeId);

    /** Inserts or replaces the setting with the same regime and rule id. */
    void saveSetting(RuleSettingRow setting);

    /** Inserts or replaces the override with the same scheme and rule id. */
    void saveOverride(RuleOverrideRow override);

    /** Removes a scheme's override so the pack's severity applies again. */
    void deleteOverride(long schemeId, String ruleId);
}
