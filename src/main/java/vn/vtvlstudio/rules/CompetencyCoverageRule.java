package vn.vtvlstudio.rules;

import java.util.HashMap;
import java.util.Map;
import vn.vtvlstudio.domain.Position;

/**
 * COMPETENCY_COVERAGE: each position requires at least {@code minGeneral} general and {@code minProfessional}
 * professional competencies, a leadership position at least {@code minManagement} management ones, every level lies
 * in {@code minLevel..maxLevel}, and every competency is in the dictionary (TT 12/2022; NĐ 361 template).
 */
public final class CompetencyCoverageRule extends ScopedRule<Position, CompetencyCoverageRule.Config> {

    /** Minimum counts and level range. */
    public record Config(int minGeneral, int minProfessional, int minManagement, int minLevel, int maxLevel) {
    }

    @Override
    public String id() {
        return "COMPETENCY_COVERAGE";
    }

    @Override
    protected void prepare(RuleContext ctx) {
        ctx.coverage(Long.MIN_VALUE);
    }

    @Override
    public Scope scope() {
        return Scope.POSITION;
    }

    @Override
    protected Config configure(RuleSetting s) {
        return new Config(s.integer("minGeneral"), s.integer("minProfessional"), s.integer("minManagement"),
                s.integer("minLevel"), s.integer("maxLevel"));
    }

    @Override
    protected void check(Position p, Config c, Emitter emit) {
        RuleContext.Coverage cov = emit.ctx().coverage(p.id());
        int management = p.isLeadership() ? c.minManagement() : 0;
        int badLevels = cov.levelsOutside(c.minLevel(), c.maxLevel());
        if (cov.general() >= c.minGeneral() && cov.professional() >= c.minProfessional()
                && cov.management() >= management && badLevels == 0 && cov.unknown() == 0) {
            return;
        }
        Map<String, Object> values = new HashMap<>();
        values.put("general", cov.general());
        values.put("professional", cov.professional());
        values.put("management", cov.management());
        values.put("minGeneral", c.minGeneral());
        values.put("minProfessional", c.minProfessional());
        values.put("minManagement", management);
        values.put("levelsOutside", badLevels);
        values.put("unknown", cov.unknown());
        emit.position(p, "gaps", values, cov.general(), c.minGeneral(), cov.professional(), c.minProfessional(),
                cov.management(), management, badLevels, c.minLevel(), c.maxLevel(), cov.unknown());
    }
}
