package vn.vtvlstudio.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.vtvlstudio.domain.Agency;
import vn.vtvlstudio.domain.AgencyKind;
import vn.vtvlstudio.domain.DeputyLimit;
import vn.vtvlstudio.domain.OrgUnit;
import vn.vtvlstudio.domain.OrgUnitKind;
import vn.vtvlstudio.domain.Rollups;
import vn.vtvlstudio.domain.Tally;

/**
 * DEPUTY_LIMIT: the deputies (cấp phó) of an internal unit stay within the row of deputy-limit table {@code table}
 * (rows of kind {@code limitKind}) that covers the unit's biên chế, e.g. ND 370/2025: &lt; 10 → 1, 10–14 → 2, ≥ 15
 * → 3. With {@code notAboveParent=true} a unit never has more deputies than its agency has at agency level.
 */
public final class DeputyLimitRule extends ScopedRule<OrgUnit, DeputyLimitRule.Config> {

    /** The table to read and the units and agencies it applies to. */
    public record Config(String table, String limitKind, Set<OrgUnitKind> unitKinds, Set<AgencyKind> agencyKinds,
                         boolean notAboveParent) {
    }

    @Override
    public String id() {
        return "DEPUTY_LIMIT";
    }

    @Override
    public Scope scope() {
        return Scope.UNIT;
    }

    @Override
    protected Config configure(RuleSetting s) {
        return new Config(s.text("table", null), s.text("limitKind", "PHONG"), s.enums(OrgUnitKind.class, "unitKinds"),
                s.enums(AgencyKind.class, "agencyKinds"), s.flag("notAboveParent", false));
    }

    @Override
    protected void check(OrgUnit unit, Config config, Emitter emit) {
        if (!config.unitKinds().contains(unit.kind())) {
            return;
        }
        Agency agency = emit.ctx().agency(unit.agencyId());
        if (agency == null || !config.agencyKinds().contains(agency.kind())) {
            return;
        }
        Rollups r = emit.ctx().rollups();
        Tally tally = r.unit(unit.id());
        int staff = tally.bienChe();
        int deputies = tally.deputies();
        DeputyLimit row = rowFor(emit.ctx().snapshot().deputyLimits(), config, agency.provinceType(), staff);
        if (row != null && deputies > row.maxDeputies()) {
            Map<String, Object> values = new HashMap<>();
            values.put("staff", staff);
            values.put("deputies", deputies);
            values.put("allowed", row.maxDeputies());
            values.put("table", row.tableCode());
            emit.unit(unit, "over", values, deputies, row.maxDeputies(), staff,
                    row.note() == null ? row.tableCode() : row.note());
        }
        if (config.notAboveParent()) {
            int parentDeputies = r.ownOf(agency.id()).deputies();
            for (OrgUnit u : emit.ctx().unitsOf(agency.id())) {
                parentDeputies -= r.unit(u.id()).deputies();
            }
            if (parentDeputies > 0 && deputies > parentDeputies) {
                emit.unit(unit, "aboveParent", Map.of("deputies", deputies, "parentDeputies", parentDeputies),
                        deputies, parentDeputies);
            }
        }
    }

    private static DeputyLimit rowFor(List<DeputyLimit> rows, Config config, String provinceType, int staff) {
        for (DeputyLimit row : rows) {
            if (row.tableCode().equals(config.table()) && row.unitKind().equals(config.limitKind())
                    && provinceMatches(row.provinceType(), provinceType) && row.covers(staff)) {
                return row;
            }
        }
        return null;
    }

    /** Legacy tables distinguish province type I from II/III; a row without a type fits every province. */
    private static boolean provinceMatches(String rowType, String provinceType) {
        if (rowType == null) {
            return true;
        }
        String type = provinceType == null ? "" : provinceType.trim();
        return rowType.equals(type) || ("II".equals(rowType) && "III".equals(type));
    }
}
