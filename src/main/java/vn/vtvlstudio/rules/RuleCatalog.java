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

    /**
     * Why a rule would not run with this setting (its parameters do not parse the way the rule reads them), or
     * empty when it would. The rule's own reading is the final word, whatever an editor checked before.
     */
    public static Optional<String> rejects(RuleSetting setting) {
        Rule rule = BY_ID.get(setting.ruleId());
        if (rule == null) {
            return Optional.of("unknown rule " + setting.ruleId());
        }
        if (rule instanceof ScopedRule<?, ?> scoped) {
            try {
                scoped.configure(setting);
            } catch (RuntimeException e) {
                return Optional.of(String.valueOf(e.getMessage()));
            }
        }
        return Optional.empty();
    }

    /** The rule's name for people ("Tỷ lệ tinh giản biên chế"), in Vietnamese or English; the id when unnamed. */
    public static String title(String id, boolean english) {
        Texts texts = english ? Texts.en() : Texts.vi();
        return texts.has(id + ".title") ? texts.text(id + ".title") : id;
    }
}
