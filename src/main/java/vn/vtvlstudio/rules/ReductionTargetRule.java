package vn.vtvlstudio.rules;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.vtvlstudio.domain.Agency;
import vn.vtvlstudio.domain.Counting;
import vn.vtvlstudio.domain.Quota;
import vn.vtvlstudio.domain.Reduction;
import vn.vtvlstudio.domain.Rollups;
import vn.vtvlstudio.domain.RoundingRule;
import vn.vtvlstudio.domain.StaffCategory;

/**
 * REDUCTION_TARGET: for each agency with a baseline-year quota, baseline − proposed (its subtree) is at least
 * {@code rate.CATEGORY} × baseline, rounded by {@code rounding} (CEILING by default: "at least 10% of 102" is 11);
 * reports how many more people must go. KL 40-KL/TW for 2022–2026.
 */
public final class ReductionTargetRule extends ScopedRule<Agency, ReductionTargetRule.Config> {

    /**
     * Target rate per category, the rounding that turns it into people, and the level it is judged at: SCHEME (the
     * whole body against its baseline, as KL 40-KL/TW assigns it; the default) or AGENCY (every agency against its own
     * baseline).
     */
    public record Config(Map<StaffCategory, BigDecimal> rates, RoundingRule rounding, boolean perAgency) {
    }

    @Override
    public String id() {
        return "REDUCTION_TARGET";
    }

    @Override
    public Scope scope() {
        return Scope.AGENCY;
    }

    @Override
    protected Config configure(RuleSetting setting) {
        return config(setting);
    }

    /** The targets a setting of this rule holds a scheme to (also what the dashboard shows beside the reduction). */
    public static Config config(RuleSetting setting) {
        Map<StaffCategory, BigDecimal> rates = new EnumMap<>(StaffCategory.class);
        setting.withPrefix("rate").forEach((k, v) -> rates.put(StaffCategory.valueOf(k), new BigDecimal(v)));
        return new Config(rates, RoundingRule.valueOf(setting.text("rounding", RoundingRule.CEILING.name())),
                "AGENCY".equals(setting.text("level", "SCHEME")));
    }

    @Override
    protected void check(Agency agency, Config config, Emitter emit) {
        Rollups r = emit.ctx().rollups();
        boolean root = agency.id() == emit.ctx().snapshot().scheme().rootAgencyId();
        if (!config.perAgency() && !root) {
            return;
        }
        for (Map.Entry<StaffCategory, BigDecimal> e : config.rates().entrySet()) {
            StaffCategory c = e.getKey();
            Optional<Integer> baselineAmount = config.perAgency()
                    ? r.baselineQuota(agency.id(), c).map(Quota::amount) : r.baselineOfSubtree(agency.id(), c);
            Optional<Integer> baselineYear = config.perAgency()
                    ? r.baselineQuota(agency.id(), c).map(Quota::year) : r.baselineYear();
            if (baselineAmount.isEmpty() || baselineYear.isEmpty()) {
                continue;
            }
            Reduction reduction = Counting.reduction(baselineAmount.get(), r.agency(agency.id()).headcount(c));
            BigDecimal target = e.getValue();
            if (reduction.meets(target, config.rounding())) {
                continue;
            }
            int required = reduction.requiredPeople(target, config.rounding());
            int shortfall = reduction.shortfall(target, config.rounding());
            Map<String, Object> values = new HashMap<>();
            values.put("category", c.name());
            values.put("baselineYear", baselineYear.get());
            values.put("level", config.perAgency() ? "AGENCY" : "SCHEME");
            values.put("baseline", reduction.baseline());
            values.put("proposed", reduction.proposed());
            values.put("reduction", reduction.people());
            values.put("rate", reduction.rate());
            values.put("target", target);
            values.put("exactRequired", target.multiply(BigDecimal.valueOf(reduction.baseline())));
            values.put("required", required);
            values.put("shortfall", shortfall);
            values.put("rounding", config.rounding().name());
            if (reduction.people() >= 0) {
                emit.agency(agency, "short", values, c, reduction.people(), String.valueOf(baselineYear.get()),
                        reduction.baseline(), Texts.Percent.measured(reduction.rate()), Texts.Percent.threshold(target),
                        required, shortfall);
            } else {
                emit.agency(agency, "grown", values, c, -reduction.people(), String.valueOf(baselineYear.get()),
                        reduction.baseline(), Texts.Percent.threshold(target), required, shortfall);
            }
        }
    }
}
