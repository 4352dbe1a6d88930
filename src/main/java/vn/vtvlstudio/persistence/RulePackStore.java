package vn.vtvlstudio.persistence;

import vn.vtvlstudio.domain.RulePackRepository;

/**
 * The rule-pack repository of a database, sharing its transactions. A separate factory so that {@link Database}
 * (owned by another change) stays untouched; fold it into {@code Database.repositories()} when convenient.
 */
public final class RulePackStore {

    private RulePackStore() {
    }

    public static RulePackRepository of(Database db) {
        return new JooqRulePackRepository(db.contextSupplier());
    }
}
