package vn.vtvlstudio.rules;

import java.util.Map;
import java.util.Set;
import vn.vtvlstudio.domain.Agency;
import vn.vtvlstudio.domain.AgencyKind;
import vn.vtvlstudio.domain.GroupKind;
import vn.vtvlstudio.domain.Position;

/**
 * NO_BUDGET_CONTRACT_IN_PARTY_ADVISORY (Party pack, seed 000): no budget-paid contract workers in the professional
 * or leadership positions of Party advisory bodies, government departments, the Front and mass organisations
 * ({@code agencyKinds}). Contracts for support work under NĐ 111/2022 ({@code exemptGroups}) are allowed, as the
 * 92 contract workers of seed 003 show.
 */
public final class NoBudgetContractInPartyAdvisoryRule
        extends ScopedRule<Position, NoBudgetContractInPartyAdvisoryRule.Config> {

    /** Agencies judged and groups where contracts are normal. */
    public record Config(Set<AgencyKind> agencyKinds, Set<GroupKind> exemptGroups) {
    }

    @Override
    public String id() {
        return "NO_BUDGET_CONTRACT_IN_PARTY_ADVISORY";
    }

    @Override
    public Scope scope() {
        return Scope.POSITION;
    }

    @Override
    protected Config configure(RuleSetting s) {
        return new Config(s.enums(AgencyKind.class, "agencyKinds"), s.enums(GroupKind.class, "exemptGroups"));
    }

    @Override
    protected void check(Position p, Config config, Emitter emit) {
        int contracts = p.effectiveHeadcount().hopDong();
        if (contracts == 0 || config.exemptGroups().contains(p.group())) {
            return;
        }
        Agency agency = emit.ctx().agency(p.agencyId());
        if (agency == null || !config.agencyKinds().contains(agency.kind())) {
            return;
        }
        emit.position(p, "contract", Map.of("hopDong", contracts, "group", p.group().name()),
                contracts, p.group(), agency.kind());
    }
}
