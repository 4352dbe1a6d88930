package vn.vtvlstudio.rules;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.vtvlstudio.domain.Agency;
import vn.vtvlstudio.domain.Quota;
import vn.vtvlstudio.domain.Rollups;
import vn.vtvlstudio.domain.StaffCategory;

/**
 * QUOTA_EXCEEDED: an agency's proposed biên chế (its whole subtree) stays within its own assigned quota of the scheme
 * year, per category; and a parent's quota is not smaller than the sum of its children's (excess is repaid, NĐ 62
 * Art. 18). Parameter {@code categories}: the categories under quota.
 */
public final class QuotaExceededRule extends ScopedRule<Agency, Set<StaffCategory>> {

    @Override
    public String id() {
        return "QUOTA_EXCEEDED";
    }

    @Override
    public Scope scope() {
        return Scope.AGENCY;
    }

    @Override
    protected Set<StaffCategory> configure(RuleSetting setting) {
        return setting.enums(StaffCategory.class, "categories");
    }

    @Override
    protected void check(Agency agency, Set<StaffCategory> categories, Emitter emit) {
        Rollups r = emit.ctx().rollups();
        for (StaffCategory c : categories) {
            Optional<Quota> quota = r.quota(agency.id(), c);
            if (quota.isEmpty()) {
                continue;
            }
            int assigned = quota.get().amount();
            int proposed = r.agency(agency.id()).headcount(c);
            if (proposed > assigned) {
                emit.agency(agency, "over",
                        Map.of("category", c.name(), "year", r.year(), "quota", assigned, "proposed", proposed,
                                "excess", proposed - assigned),
                        c, proposed, String.valueOf(r.year()), assigned, proposed - assigned);
            }
            Optional<Integer> children = r.childrenQuota(agency.id(), c);
            if (children.isPresent() && children.get() > assigned) {
                emit.agency(agency, "children",
                        Map.of("category", c.name(), "year", r.year(), "quota", assigned,
                                "childrenQuota", children.get(), "excess", children.get() - assigned),
                        c, children.get(), String.valueOf(r.year()), assigned, children.get() - assigned);
            }
        }
    }
}
