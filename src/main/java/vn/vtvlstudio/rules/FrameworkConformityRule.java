package vn.vtvlstudio.rules;

import java.util.Map;
import vn.vtvlstudio.domain.Position;

/**
 * FRAMEWORK_CONFORMITY (NĐ 361/2025, NĐ 232/2026): each position cites one entry of the national framework list:
 * not missing, not several entries merged into one position ({@code mergeMarks}), not one entry split into several
 * positions of the same unit. Renaming cannot be detected until the framework lists themselves are loaded.
 */
public final class FrameworkConformityRule extends ScopedRule<Position, String> {

    @Override
    public String id() {
        return "FRAMEWORK_CONFORMITY";
    }

    @Override
    protected void prepare(RuleContext ctx) {
        ctx.positionsWithFramework(null);
    }

    @Override
    public Scope scope() {
        return Scope.POSITION;
    }

    @Override
    protected String configure(RuleSetting s) {
        return s.text("mergeMarks", "+&");
    }

    @Override
    protected void check(Position p, String mergeMarks, Emitter emit) {
        String ref = p.frameworkRef();
        if (ref == null || ref.isBlank()) {
            emit.position(p, "missing", Map.of());
            return;
        }
        for (char mark : mergeMarks.toCharArray()) {
            if (ref.indexOf(mark) >= 0) {
                emit.position(p, "merged", Map.of("frameworkRef", ref), ref);
                return;
            }
        }
        int same = emit.ctx().positionsWithFramework(p);
        if (same > 1) {
            emit.position(p, "split", Map.of("frameworkRef", ref, "positions", same), ref, same);
        }
    }
}
