package vn.vtvlstudio.persistence;

import static vn.vtvlstudio.persistence.generated.Tables.RULE_SETTING;
import static vn.vtvlstudio.persistence.generated.Tables.SCHEME_RULE_OVERRIDE;

import java.util.List;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import vn.vtvlstudio.domain.RuleOverrideRow;
import vn.vtvlstudio.domain.RulePackRepository;
import vn.vtvlstudio.domain.RuleSettingRow;
import vn.vtvlstudio.persistence.generated.tables.records.SchemeRuleOverrideRecord;

/**
 * Rule-pack settings ({@code rule_setting}) and per-scheme severity overrides ({@code scheme_rule_override}) with
 * jOOQ. The context comes from a supplier so that the caller's transaction (if any) is the one used.
 */
public final class JooqRulePackRepository implements RulePackRepository {

    private final Supplier<DSLContext> dsl;

    public JooqRulePackRepository(Supplier<DSLContext> dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<RuleSettingRow> settingsOf(String regimeCode) {
        return dsl.get().selectFrom(RULE_SETTING)
                .where(RULE_SETTING.REGIME_CODE.eq(regimeCode))
                .orderBy(RULE_SETTING.RULE_ID)
                .fetch(r -> new RuleSettingRow(r.getRegimeCode(), r.getRuleId(), r.getSeverity(), r.getParams(),
                        r.getLegalRef(), r.getEffectiveFrom(), r.getEffectiveTo()));
    }

    @Override
    public List<RuleOverrideRow> overridesOf(long schemeId) {
        return dsl.get().selectFrom(SCHEME_RULE_OVERRIDE)
                .where(SCHEME_RULE_OVERRIDE.SCHEME_ID.eq(schemeId))
                .orderBy(SCHEME_RULE_OVERRIDE.RULE_ID)
                .fetch(r -> new RuleOverrideRow(r.getSchemeId(), r.getRuleId(), r.getSeverity(), r.getParams()));
    }

    @Override
    public void saveSetting(RuleSettingRow s) {
        dsl.get().insertInto(RULE_SETTING)
                .set(RULE_SETTING.REGIME_CODE, s.regimeCode())
                .set(RULE_SETTING.RULE_ID, s.ruleId())
                .set(RULE_SETTING.SEVERITY, s.severity())
                .set(RULE_SETTING.PARAMS, s.params())
                .set(RULE_SETTING.LEGAL_REF, s.legalRef())
                .set(RULE_SETTING.EFFECTIVE_FROM, s.effectiveFrom())
                .set(RULE_SETTING.EFFECTIVE_TO, s.effectiveTo())
                .onDuplicateKeyUpdate()
                .set(RULE_SETTING.SEVERITY, s.severity())
                .set(RULE_SETTING.PARAMS, s.params())
                .set(RULE_SETTING.LEGAL_REF, s.legalRef())
                .set(RULE_SETTING.EFFECTIVE_FROM, s.effectiveFrom())
                .set(RULE_SETTING.EFFECTIVE_TO, s.effectiveTo())
                .execute();
    }

    /** Stored as a record (not a bare statement) so that the audit log records who changed the scheme's rules. */
    @Override
    public void saveOverride(RuleOverrideRow o) {
        DSLContext ctx = dsl.get();
        SchemeRuleOverrideRecord r = ctx.fetchOptional(SCHEME_RULE_OVERRIDE,
                        SCHEME_RULE_OVERRIDE.SCHEME_ID.eq(o.schemeId()).and(SCHEME_RULE_OVERRIDE.RULE_ID.eq(o.ruleId())))
                .orElseGet(() -> {
                    SchemeRuleOverrideRecord n = ctx.newRecord(SCHEME_RULE_OVERRIDE);
                    n.setSchemeId(o.schemeId());
                    n.setRuleId(o.ruleId());
                    return n;
                });
        r.setSeverity(o.severity());
        r.setParams(o.params() == null || o.params().isBlank() ? null : o.params());
        r.store();
    }

    @Override
    public void deleteOverride(long schemeId, String ruleId) {
        dsl.get().fetchOptional(SCHEME_RULE_OVERRIDE,
                        SCHEME_RULE_OVERRIDE.SCHEME_ID.eq(schemeId).and(SCHEME_RULE_OVERRIDE.RULE_ID.eq(ruleId)))
                .ifPresent(r -> r.delete());
    }
}
