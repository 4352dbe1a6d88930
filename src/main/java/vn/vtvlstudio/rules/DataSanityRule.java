package vn.vtvlstudio.rules;

import java.util.Map;
import vn.vtvlstudio.domain.Position;

/**
 * DATA_SANITY: a position has a code and a name, its code is unique in the scheme, and its step range holds
 * non-negative numbers in order. Headcounts and quotas are non-negative by construction.
 */
public final class DataSanityRule extends ScopedRule<Position, Void> {

    @Override
    public String id() {
        return "DATA_SANITY";
    }

    @Override
    protected void prepare(RuleContext ctx) {
        ctx.positionsWithCode("");
    }

    @Override
    public Scope scope() {
        return Scope.POSITION;
    }

    @Override
    protected Void configure(RuleSetting s) {
        return null;
    }

    @Override
    protected void check(Position p, Void config, Emitter emit) {
        if (p.code() == null || p.code().isBlank()) {
            emit.position(p, "noCode", Map.of());
        } else {
            int same = emit.ctx().positionsWithCode(p.code());
            if (same > 1) {
                emit.position(p, "duplicateCode", Map.of("code", p.code(), "positions", same), p.code(), same);
            }
        }
        if (p.name() == null || p.name().isBlank()) {
            emit.position(p, "noName", Map.of("code", String.valueOf(p.code())), String.valueOf(p.code()));
        }
        Integer min = p.stepMin();
        Integer max = p.stepMax();
        if ((min != null && min < 0) || (max != null && max < 0) || (min != null && max != null && min > max)) {
            emit.position(p, "steps", Map.of("stepMin", String.valueOf(min), "stepMax", String.valueOf(max)),
                    String.valueOf(min), String.valueOf(max));
        }
    }
}
