package vn.vtvlstudio.rules;

import java.util.ArrayList;
import java.util.List;
import vn.vtvlstudio.domain.SchemeSnapshot;

/**
 * A rule that judges one target at a time (a position, an agency or a unit). Splitting the check this way is what
 * lets {@link IncrementalChecker} re-run a rule on the few targets an edit touches.
 *
 * @param <T> Position, Agency or OrgUnit, as {@link #scope()} says
 * @param <C> the rule's parameters, parsed once per check from its {@link RuleSetting}
 */
public abstract class ScopedRule<T, C> implements Rule {

    public abstract Scope scope();

    /** Parses the setting's parameters; called once per check, never per target. */
    protected abstract C configure(RuleSetting setting);

    /** Judges one target and reports what is wrong through {@code emit}. */
    protected abstract void check(T target, C config, Emitter emit);

    @Override
    public List<Finding> check(SchemeSnapshot snapshot, RuleSetting setting) {
        RuleContext ctx = RuleContext.of(snapshot);
        List<Finding> out = new ArrayList<>();
        Bound bound = bind(ctx, setting);
        for (Object target : RuleEngine.targets(ctx, scope())) {
            bound.check(target, out);
        }
        out.sort(RuleEngine.ORDER);
        return out;
    }

    /**
     * Builds the context's shared indexes this rule reads (codes, framework references, competency coverage), so
     * that targets can then be checked from several threads without building anything.
     */
    protected void prepare(RuleContext ctx) {
    }

    /** Ties the rule to a context and a setting, parsing parameters and resolving the basis once. */
    public Bound bind(RuleContext ctx, RuleSetting setting) {
        prepare(ctx);
        return bindPrepared(ctx, setting);
    }

    /** Binds without preparing: the caller has run {@link #prepare} already (possibly on another thread). */
    Bound bindPrepared(RuleContext ctx, RuleSetting setting) {
        return new Bound(this, configure(setting), new Emitter(ctx, setting));
    }

    void prepareIn(RuleContext ctx) {
        prepare(ctx);
    }

    /** A rule ready to run on targets of one context. */
    public static final class Bound {
        private final ScopedRule<Object, Object> rule;
        private final Object config;
        private final Emitter emitter;

        @SuppressWarnings("unchecked")
        private Bound(ScopedRule<?, ?> rule, Object config, Emitter emitter) {
            this.rule = (ScopedRule<Object, Object>) rule;
            this.config = config;
            this.emitter = emitter;
        }

        public Scope scope() {
            return rule.scope();
        }

        public String ruleId() {
            return rule.id();
        }

        /** Another binding of the same rule and setting, with its own emitter (one per thread). */
        Bound copy() {
            return new Bound(rule, config, new Emitter(emitter.ctx(), emitter.setting()));
        }

        /** Runs the rule on one target, appending its findings to {@code out}. */
        public void check(Object target, List<Finding> out) {
            emitter.out = out;
            rule.check(target, config, emitter);
        }
    }
}
