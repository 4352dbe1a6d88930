package vn.vtvlstudio.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import vn.vtvlstudio.domain.Position;

/**
 * STEP_CAP (NĐ 232/2026 Art. 10, unverified): within one position at most {@code top} of its people hold the top
 * step of its range, at most {@code topWhenMax4} when the range tops out at step 4, at most {@code upperOfTwo} when
 * the range has two steps. The scheme records a step range and a headcount, not each person's step, so the check is
 * whether the range can be filled at all: floor(cap × people) must allow at least one person on the top step.
 * Steps outside 1..{@code maxStep} are reported too.
 */
public final class StepCapRule extends ScopedRule<Position, StepCapRule.Config> {

    /** The caps and the highest step. */
    public record Config(int maxStep, BigDecimal top, BigDecimal topWhenMax4, BigDecimal upperOfTwo) {
    }

    @Override
    public String id() {
        return "STEP_CAP";
    }

    @Override
    public Scope scope() {
        return Scope.POSITION;
    }

    @Override
    protected Config configure(RuleSetting s) {
        return new Config(s.integer("maxStep"), s.decimal("top"), s.decimal("topWhenMax4"), s.decimal("upperOfTwo"));
    }

    @Override
    protected void check(Position p, Config config, Emitter emit) {
        Integer min = p.stepMin();
        Integer max = p.stepMax();
        if (min == null || max == null) {
            return;
        }
        if (min < 1 || max > config.maxStep() || min > max) {
            emit.position(p, "range", Map.of("stepMin", min, "stepMax", max, "maxStep", config.maxStep()),
                    min, max, config.maxStep());
            return;
        }
        int people = p.effectiveHeadcount().total();
        if (min.equals(max) || people == 0) {
            return;
        }
        BigDecimal cap = max - min == 1 ? config.upperOfTwo() : max == 4 ? config.topWhenMax4() : config.top();
        BigDecimal exact = cap.multiply(BigDecimal.valueOf(people));
        int allowed = exact.setScale(0, RoundingMode.FLOOR).intValueExact();
        if (allowed >= 1) {
            return;
        }
        Map<String, Object> values = new HashMap<>();
        values.put("stepMin", min);
        values.put("stepMax", max);
        values.put("people", people);
        values.put("cap", cap);
        values.put("allowedAtTop", allowed);
        emit.position(p, "top", values, max, Texts.Percent.threshold(cap), people, exact, allowed, min, max);
    }
}
