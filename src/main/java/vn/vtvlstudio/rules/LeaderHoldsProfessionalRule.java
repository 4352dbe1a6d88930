package vn.vtvlstudio.rules;

import java.util.Map;
import java.util.Set;
import vn.vtvlstudio.domain.GroupKind;
import vn.vtvlstudio.domain.Position;

/**
 * LEADER_HOLDS_PROFESSIONAL: every leadership position is linked to one position of an {@code allowedGroups} group
 * that its holder also carries (seed 003; NĐ 232 Art. 5.5.c).
 */
public final class LeaderHoldsProfessionalRule extends ScopedRule<Position, Set<GroupKind>> {

    @Override
    public String id() {
        return "LEADER_HOLDS_PROFESSIONAL";
    }

    @Override
    public Scope scope() {
        return Scope.POSITION;
    }

    @Override
    protected Set<GroupKind> configure(RuleSetting s) {
        return s.enums(GroupKind.class, "allowedGroups");
    }

    @Override
    protected void check(Position p, Set<GroupKind> allowed, Emitter emit) {
        if (!p.isLeadership()) {
            return;
        }
        Position linked = emit.ctx().position(p.linkedPositionId());
        if (linked == null) {
            emit.position(p, "missing", Map.of("code", String.valueOf(p.code())), p.code());
        } else if (linked.isLeadership() || !allowed.contains(linked.group())) {
            emit.position(p, "wrongGroup", Map.of("linkedCode", String.valueOf(linked.code()),
                    "linkedGroup", linked.group().name()), linked.code(), linked.name(), linked.group());
        }
    }
}
