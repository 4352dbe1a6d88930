package vn.vtvlstudio.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every rule the program knows, in the order of DOMAIN.md §5. Rule packs choose settings for them by id. */
public final class RuleCatalog {

    private static final List<Rule> STANDARD = List.of(
            new QuotaExceededRule(),
            new ReductionTargetRule(),
            new ProfessionalShareRule(),
            new GradeCapRule(),
            new StepCapRule(),
            new DeputyLimitRule(),
            new UnitMinimumRule(),
            new LeaderHoldsProfessionalRule(),
            new NoSeniorAtDistrictRule(),
            new NoBudgetContractInPartyAdvisoryRule(),
            new SupportIsContractRule(),
            new ConcurrentHeadcountRule(),
            new GradeValidRule(),
            new CompetencyCoverageRule(),
            new DescriptionCompleteRule(),
            new FrameworkConformityRule(),
            new DataSanityRule());

    private static final Map<String, Rule> BY_ID = new LinkedHashMap<>();

    static {
        STANDARD.forEach(r -> BY_ID.put(r.id(), r));
    }

    private RuleCatalog() {
    }

    /** All rules in §5 order. Rules are stateless, so the same instances serve every check. */
    public static List<Rule> standard() {
        return STANDARD;
    }

    public static Optional<Rule> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** Position of a rule id in §5 order (unknown ids last). */
    static int order(String id) {
        int i = 0;
        for (String known : BY_ID.keySet()) {
            if (known.equals(id)) {
                return i;
            }
            i++;
        }
        return Integer.MAX_VALUE;
    }
}
