package vn.vtvlstudio.rules;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import vn.vtvlstudio.domain.Agency;
import vn.vtvlstudio.domain.AgencyKind;
import vn.vtvlstudio.domain.Counting;
import vn.vtvlstudio.domain.GroupKind;
import vn.vtvlstudio.domain.StaffCategory;
import vn.vtvlstudio.domain.Tally;

/**
 * PROFESSIONAL_SHARE: in a public service unit, people in professional positions (chuyên ngành + dùng chung, or
 * chuyên môn nghiệp vụ) are at least {@code min} of the unit's headcount in {@code categories} (NĐ 106/2020 Art.
 * 3.5). Decided exactly: 649 of 1,000 fails 65%, 650 passes.
 */
public final class ProfessionalShareRule extends ScopedRule<Agency, ProfessionalShareRule.Config> {

    /** The minimum share, the categories counted, and the kinds of agency judged. */
    public record Config(BigDecimal min, Set<StaffCategory> categories, Set<AgencyKind> agencyKinds) {
    }

    @Override
    public String id() {
        return "PROFESSIONAL_SHARE";
    }

    @Override
    public Scope scope() {
        return Scope.AGENCY;
    }

    @Override
    protected Config configure(RuleSetting s) {
        return new Config(s.decimal("min"), s.enums(StaffCategory.class, "categories"),
                s.enums(AgencyKind.class, "agencyKinds"));
    }

    @Override
    protected void check(Agency agency, Config config, Emitter emit) {
        if (!config.agencyKinds().contains(agency.kind())) {
            return;
        }
        Tally own = emit.ctx().rollups().ownOf(agency.id());
        int total = 0;
        int professional = 0;
        for (StaffCategory c : config.categories()) {
            total += own.headcount(c);
            for (GroupKind g : GroupKind.values()) {
                if (g.isProfessional()) {
                    professional += own.headcountIn(g, c);
                }
            }
        }
        if (total == 0 || !Counting.fallsShort(professional, total, config.min())) {
            return;
        }
        BigDecimal share = Counting.share(professional, total);
        int needed = config.min().multiply(BigDecimal.valueOf(total)).setScale(0, java.math.RoundingMode.CEILING).intValueExact();
        emit.agency(agency, "short",
                Map.of("professional", professional, "total", total, "share", share, "min", config.min(),
                        "needed", needed),
                professional, total, Texts.Percent.measured(share), Texts.Percent.threshold(config.min()), needed);
    }
}
