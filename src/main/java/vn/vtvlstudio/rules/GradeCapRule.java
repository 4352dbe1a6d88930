package vn.vtvlstudio.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import vn.vtvlstudio.domain.AdminLevel;
import vn.vtvlstudio.domain.Agency;
import vn.vtvlstudio.domain.AgencyKind;
import vn.vtvlstudio.domain.Counting;
import vn.vtvlstudio.domain.GradeTier;
import vn.vtvlstudio.domain.StaffCategory;
import vn.vtvlstudio.domain.Tally;

/**
 * GRADE_CAP: in each agency of the given {@code levels} and {@code agencyKinds}, people of a grade tier are at most
 * {@code cap.TIER} of the agency's {@code category} staff with a grade, leaders excluded from count and denominator
 * (TT 13/2022 practice). E.g. CVC ≤ 40% (CV 64/BNV 2024), ≤ 50% per department (NĐ 361/2025).
 */
public final class GradeCapRule extends ScopedRule<Agency, GradeCapRule.Config> {

    /** Caps per tier and where they apply. */
    public record Config(StaffCategory category, Map<GradeTier, BigDecimal> caps, Set<AdminLevel> levels,
                         Set<AgencyKind> agencyKinds) {
    }

    @Override
    public String id() {
        return "GRADE_CAP";
    }

    @Override
    public Scope scope() {
        return Scope.AGENCY;
    }

    @Override
    protected Config configure(RuleSetting s) {
        Map<GradeTier, BigDecimal> caps = new EnumMap<>(GradeTier.class);
        s.withPrefix("cap").forEach((k, v) -> caps.put(GradeTier.valueOf(k), new BigDecimal(v)));
        return new Config(StaffCategory.valueOf(s.text("category", "CBCC")), caps,
                s.enums(AdminLevel.class, "levels"), s.enums(AgencyKind.class, "agencyKinds"));
    }

    @Override
    protected void check(Agency agency, Config config, Emitter emit) {
        if (!config.levels().contains(agency.level()) || !config.agencyKinds().contains(agency.kind())) {
            return;
        }
        Tally own = emit.ctx().rollups().ownOf(agency.id());
        int total = own.gradeStructureTotal(config.category());
        for (Map.Entry<GradeTier, BigDecimal> e : config.caps().entrySet()) {
            int count = own.inTier(config.category(), e.getKey());
            if (!Counting.exceeds(count, total, e.getValue())) {
                continue;
            }
            int allowed = e.getValue().multiply(BigDecimal.valueOf(total)).setScale(0, RoundingMode.FLOOR).intValueExact();
            BigDecimal share = Counting.share(count, total);
            Map<String, Object> values = new HashMap<>();
            values.put("tier", e.getKey().name());
            values.put("category", config.category().name());
            values.put("count", count);
            values.put("total", total);
            values.put("share", share);
            values.put("cap", e.getValue());
            values.put("allowed", allowed);
            values.put("excess", count - allowed);
            emit.agency(agency, "over", values, e.getKey(), count, total, Texts.Percent.measured(share),
                    Texts.Percent.threshold(e.getValue()), allowed, count - allowed);
        }
    }
}
