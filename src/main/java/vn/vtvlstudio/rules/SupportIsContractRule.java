package vn.vtvlstudio.rules;

import java.util.Map;
import java.util.Set;
import vn.vtvlstudio.domain.Agency;
import vn.vtvlstudio.domain.AgencyKind;
import vn.vtvlstudio.domain.GroupKind;
import vn.vtvlstudio.domain.Position;

/**
 * SUPPORT_IS_CONTRACT: support and service positions of administrative bodies ({@code agencyKinds}) are filled by
 * contract (NĐ 111/2022), not biên chế. Default severity WARNING: some support posts still hold civil servants.
 */
public final class SupportIsContractRule extends ScopedRule<Position, Set<AgencyKind>> {

    @Override
    public String id() {
        return "SUPPORT_IS_CONTRACT";
    }

    @Override
    public Scope scope() {
        return Scope.POSITION;
    }

    @Override
    protected Set<AgencyKind> configure(RuleSetting s) {
        return s.enums(AgencyKind.class, "agencyKinds");
    }

    @Override
    protected void check(Position p, Set<AgencyKind> kinds, Emitter emit) {
        if (p.group() != GroupKind.SUPPORT) {
            return;
        }
        int bienChe = p.effectiveHeadcount().bienChe();
        if (bienChe == 0) {
            return;
        }
        Agency agency = emit.ctx().agency(p.agencyId());
        if (agency == null || !kinds.contains(agency.kind())) {
            return;
        }
        emit.position(p, "bienChe", Map.of("bienChe", bienChe), bienChe);
    }
}
