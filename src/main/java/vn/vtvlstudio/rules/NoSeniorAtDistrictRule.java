package vn.vtvlstudio.rules;

import java.util.Map;
import java.util.Set;
import vn.vtvlstudio.domain.AdminLevel;
import vn.vtvlstudio.domain.Agency;
import vn.vtvlstudio.domain.Grade;
import vn.vtvlstudio.domain.GradeTier;
import vn.vtvlstudio.domain.Position;

/**
 * NO_SENIOR_AT_DISTRICT (Party pack, seed 003): professional positions of agencies at the given {@code levels}
 * carry no grade of the {@code tiers} (chuyên viên chính and above).
 */
public final class NoSeniorAtDistrictRule extends ScopedRule<Position, NoSeniorAtDistrictRule.Config> {

    /** Levels where the tiers are barred. */
    public record Config(Set<AdminLevel> levels, Set<GradeTier> tiers) {
    }

    @Override
    public String id() {
        return "NO_SENIOR_AT_DISTRICT";
    }

    @Override
    public Scope scope() {
        return Scope.POSITION;
    }

    @Override
    protected Config configure(RuleSetting s) {
        return new Config(s.enums(AdminLevel.class, "levels"), s.enums(GradeTier.class, "tiers"));
    }

    @Override
    protected void check(Position p, Config config, Emitter emit) {
        if (!p.group().isProfessional() || p.gradeCode() == null) {
            return;
        }
        Agency agency = emit.ctx().agency(p.agencyId());
        Grade grade = emit.ctx().snapshot().grades().get(p.gradeCode());
        if (agency == null || grade == null || !config.levels().contains(agency.level())
                || !config.tiers().contains(grade.tier())) {
            return;
        }
        emit.position(p, "senior", Map.of("grade", grade.code(), "tier", grade.tier().name(),
                "level", agency.level().name()), grade.code(), grade.name(), agency.level());
    }
}
