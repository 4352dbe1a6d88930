package vn.vtvlstudio.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.vtvlstudio.domain.RuleOverrideRow;
import vn.vtvlstudio.domain.RulePackRepository;
import vn.vtvlstudio.domain.RuleSettingRow;

/**
 * A regime's rule pack: its rules in order, each with the setting (severity, thresholds, legal reference) the
 * database holds for it. Rules without a stored setting are not part of the pack.
 */
public final class RulePack {

    /** One rule with its setting. */
    public record Entry(Rule rule, RuleSetting setting) {
        public Entry {
            if (!rule.id().equals(setting.ruleId())) {
                throw new IllegalArgumentException("setting " + setting.ruleId() + " given to rule " + rule.id());
            }
        }
    }

    private final String regimeCode;
    private final List<Entry> entries;

    public RulePack(String regimeCode, List<Entry> entries) {
        this.regimeCode = regimeCode;
        this.entries = List.copyOf(entries);
    }

    /**
     * Builds a pack from stored rows, in the catalogue's order. A row naming a rule the program does not know is a
     * data error and fails loudly rather than silently checking less.
     */
    public static RulePack fromRows(String regimeCode, List<RuleSettingRow> rows) {
        List<Entry> entries = new ArrayList<>();
        for (RuleSettingRow row : rows) {
            Rule rule = RuleCatalog.byId(row.ruleId()).orElseThrow(() ->
                    new IllegalArgumentException("rule pack " + regimeCode + " names unknown rule " + row.ruleId()));
            entries.add(new Entry(rule, RuleSetting.fromRow(row)));
        }
        entries.sort(Comparator.comparingInt(e -> RuleCatalog.order(e.rule().id())));
        return new RulePack(regimeCode, entries);
    }

    /** Loads the pack of a regime from the repository. */
    public static RulePack load(RulePackRepository repository, String regimeCode) {
        return fromRows(regimeCode, repository.settingsOf(regimeCode));
    }

    public String regimeCode() {
        return regimeCode;
    }

    public List<Entry> entries() {
        return entries;
    }

    public Optional<RuleSetting> setting(String ruleId) {
        return entries.stream().map(Entry::setting).filter(s -> s.ruleId().equals(ruleId)).findFirst();
    }

    /** A copy with one setting replaced (or added), e.g. a threshold the officer corrected. */
    public RulePack with(RuleSetting setting) {
        Rule rule = RuleCatalog.byId(setting.ruleId()).orElseThrow();
        List<Entry> copy = new ArrayList<>();
        boolean replaced = false;
        for (Entry e : entries) {
            if (e.setting().ruleId().equals(setting.ruleId())) {
                copy.add(new Entry(e.rule(), setting));
                replaced = true;
            } else {
                copy.add(e);
            }
        }
        if (!replaced) {
            copy.add(new Entry(rule, setting));
            copy.sort(Comparator.comparingInt(e -> RuleCatalog.order(e.rule().id())));
        }
        return new RulePack(regimeCode, copy);
    }

    /**
     * The pack as one scheme sees it: the parameters a scheme's overrides carry replace the pack's value of the same
     * key; every other key keeps the pack's value. Severities are applied later by {@link RuleEngine}.
     */
    public RulePack withSchemeParams(Collection<RuleOverrideRow> overrides) {
        RulePack out = this;
        for (RuleOverrideRow o : overrides) {
            if (o.params() == null || o.params().isBlank()) {
                continue;
            }
            Optional<RuleSetting> base = setting(o.ruleId());
            if (base.isPresent()) {
                out = out.with(base.get().withParams(merged(base.get().params(), RuleParams.parse(o.params()))));
            }
        }
        return out;
    }

    /** The pack's parameters in their order, with the scheme's values laid over them (new keys at the end). */
    public static Map<String, String> merged(Map<String, String> pack, Map<String, String> scheme) {
        Map<String, String> out = new LinkedHashMap<>(pack);
        out.putAll(scheme);
        return out;
    }
}
