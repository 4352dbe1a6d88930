package vn.vtvlstudio.rules;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import vn.vtvlstudio.domain.Agency;
import vn.vtvlstudio.domain.AgencyKind;
import vn.vtvlstudio.domain.OrgUnit;
import vn.vtvlstudio.domain.OrgUnitKind;

/**
 * UNIT_MINIMUM: an internal unit of a kind with a {@code min.KIND} parameter has at least that many biên chế
 * (phòng thuộc sở ≥ 5–7, chi cục ≥ 12; NĐ 107/2020, NĐ 45/2025). Default severity WARNING.
 */
public final class UnitMinimumRule extends ScopedRule<OrgUnit, UnitMinimumRule.Config> {

    /** Minimum biên chế per unit kind and the kinds of agency judged. */
    public record Config(Map<OrgUnitKind, Integer> minimum, Set<AgencyKind> agencyKinds) {
    }

    @Override
    public String id() {
        return "UNIT_MINIMUM";
    }

    @Override
    public Scope scope() {
        return Scope.UNIT;
    }

    @Override
    protected Config configure(RuleSetting s) {
        Map<OrgUnitKind, Integer> min = new EnumMap<>(OrgUnitKind.class);
        s.withPrefix("min").forEach((k, v) -> min.put(OrgUnitKind.valueOf(k), Integer.parseInt(v.trim())));
        return new Config(min, s.enums(AgencyKind.class, "agencyKinds"));
    }

    @Override
    protected void check(OrgUnit unit, Config config, Emitter emit) {
        Integer min = config.minimum().get(unit.kind());
        if (min == null) {
            return;
        }
        Agency agency = emit.ctx().agency(unit.agencyId());
        if (agency == null || !config.agencyKinds().contains(agency.kind())) {
            return;
        }
        int staff = emit.ctx().rollups().unit(unit.id()).bienChe();
        if (staff < min) {
            emit.unit(unit, "below", Map.of("staff", staff, "minimum", min, "kind", unit.kind().name()),
                    unit.kind(), staff, min, min - staff);
        }
    }
}
