package vn.vtvlstudio.service;

import java.util.List;
import java.util.Map;
import vn.vtvlstudio.domain.Progress;
import vn.vtvlstudio.domain.RuleOverrideRow;
import vn.vtvlstudio.domain.RulePackRepository;
import vn.vtvlstudio.domain.RuleSettingRow;
import vn.vtvlstudio.domain.SchemeSnapshot;
import vn.vtvlstudio.domain.Transactor;
import vn.vtvlstudio.rules.Finding;
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
        List<RuleOverrideRow> own = packs.overridesOf(snapshot.scheme().id());
        RulePack pack = pack(snapshot.scheme().regimeCode()).withSchemeParams(own);
        Map<String, Severity> overrides = RuleEngine.overrides(own);
        return RuleEngine.check(snapshot, pack, overrides, progress);
    }

    /**
     * The reduction the scheme is held to per staff category (KL 40-KL/TW: 5 % CBCC, 10 % viên chức in the shipped
     * packs), with the scheme's own thresholds and severity; empty when the rule is off or not in force for it.
     */
    public Map<vn.vtvlstudio.domain.StaffCategory, ReductionTarget> reductionTargets(SchemeSnapshot snapshot) {
        List<RuleOverrideRow> own = packs.overridesOf(snapshot.scheme().id());
        RulePack pack = pack(snapshot.scheme().regimeCode()).withSchemeParams(own);
        Map<vn.vtvlstudio.domain.StaffCategory, ReductionTarget> out = new java.util.EnumMap<>(vn.vtvlstudio.domain.StaffCategory.class);
        for (RulePack.Entry e : RuleEngine.effective(pack, RuleEngine.overrides(own), vn.vtvlstudio.rules.RuleContext.dateOf(snapshot))) {
            if (e.setting().ruleId().equals("REDUCTION_TARGET")) {
                vn.vtvlstudio.domain.RoundingRule rounding = vn.vtvlstudio.domain.RoundingRule.valueOf(
                        e.setting().text("rounding", vn.vtvlstudio.domain.RoundingRule.CEILING.name()));
                e.setting().withPrefix("rate").forEach((category, rate) -> out.put(
                        vn.vtvlstudio.domain.StaffCategory.valueOf(category), new ReductionTarget(new java.math.BigDecimal(rate), rounding)));
            }
        }
        return out;
    }

    /** A minimum reduction rate against the baseline year and how it turns into whole people. */
    public record ReductionTarget(java.math.BigDecimal rate, vn.vtvlstudio.domain.RoundingRule rounding) {
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
