package vn.vtvlstudio.service;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.vtvlstudio.domain.Progress;
import vn.vtvlstudio.domain.RoundingRule;
import vn.vtvlstudio.domain.RuleOverrideRow;
import vn.vtvlstudio.domain.RulePackRepository;
import vn.vtvlstudio.domain.RuleSettingRow;
import vn.vtvlstudio.domain.SchemeSnapshot;
import vn.vtvlstudio.domain.StaffCategory;
import vn.vtvlstudio.domain.Transactor;
import vn.vtvlstudio.rules.Finding;
import vn.vtvlstudio.rules.ReductionTargetRule;
import vn.vtvlstudio.rules.RuleContext;
import vn.vtvlstudio.rules.RuleEngine;
import vn.vtvlstudio.rules.RulePack;
import vn.vtvlstudio.rules.Severity;

/**
 * Runs the checks of a scheme's regime (with the scheme's own severities and thresholds) and edits the regime pack's
 * settings for every scheme under it.
 */
public final class CheckService {

    private final RulePackRepository packs;
    private final Transactor transactor;

    public CheckService(RulePackRepository packs, Transactor transactor) {
        this.packs = packs;
        this.transactor = transactor;
    }

    /**
     * A full check with the scheme's own severities and thresholds laid over its regime's pack; fast enough
     * (milliseconds on the 322-position sample) to run after every edit.
     */
    public List<Finding> check(SchemeSnapshot snapshot) {
        return check(snapshot, Progress.NONE);
    }

    /** As {@link #check(SchemeSnapshot)}, reporting to {@code progress}; a cancel ends in {@link vn.vtvlstudio.domain.CancelledException}. */
    public List<Finding> check(SchemeSnapshot snapshot, Progress progress) {
        SchemeRules rules = rulesOf(snapshot);
        return RuleEngine.check(snapshot, rules.pack(), rules.severities(), progress);
    }

    /** The regime's pack with the scheme's own thresholds laid over it, and the scheme's own severities. */
    private record SchemeRules(RulePack pack, Map<String, Severity> severities) {
    }

    private SchemeRules rulesOf(SchemeSnapshot snapshot) {
        List<RuleOverrideRow> own = packs.overridesOf(snapshot.scheme().id());
        return new SchemeRules(pack(snapshot.scheme().regimeCode()).withSchemeParams(own), RuleEngine.overrides(own));
    }

    /**
     * The reduction the scheme is held to per staff category (KL 40-KL/TW: 5 % CBCC, 10 % viên chức in the shipped
     * packs), with the scheme's own thresholds and severity; empty when the rule is off or not in force for it.
     */
    public Map<StaffCategory, ReductionTarget> reductionTargets(SchemeSnapshot snapshot) {
        SchemeRules rules = rulesOf(snapshot);
        Map<StaffCategory, ReductionTarget> out = new EnumMap<>(StaffCategory.class);
        for (RulePack.Entry e : RuleEngine.effective(rules.pack(), rules.severities(), RuleContext.dateOf(snapshot))) {
            if (e.rule() instanceof ReductionTargetRule) {
                ReductionTargetRule.Config config = ReductionTargetRule.config(e.setting());
                config.rates().forEach((category, rate) -> out.put(category, new ReductionTarget(rate, config.rounding())));
            }
        }
        return out;
    }

    /** A minimum reduction rate against the baseline year and how it turns into whole people. */
    public record ReductionTarget(BigDecimal rate, RoundingRule rounding) {
    }

    public RulePack pack(String regimeCode) {
        return RulePack.load(packs, regimeCode);
    }

    public List<RuleSettingRow> settings(String regimeCode) {
        return packs.settingsOf(regimeCode);
    }

    /** Saves one setting of a regime's pack (severity, parameters such as thresholds); validated by parsing it. */
    public void saveSetting(RuleSettingRow row) {
        try {
            Severity.valueOf(row.severity());
            vn.vtvlstudio.rules.RuleParams.parse(row.params() == null ? "" : row.params());
        } catch (IllegalArgumentException e) {
            throw new InvalidEditException("Thiết lập quy tắc", "Thiết lập của " + row.ruleId() + " không hợp lệ: " + e.getMessage());
        }
        transactor.run(() -> packs.saveSetting(row));
    }
}
