package vn.vtvlstudio.persistence;

import static vn.vtvlstudio.persistence.generated.Tables.QUOTA;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import vn.vtvlstudio.domain.Quota;
import vn.vtvlstudio.domain.QuotaRepository;
import vn.vtvlstudio.domain.StaffCategory;
import vn.vtvlstudio.persistence.generated.tables.records.QuotaRecord;

final class JooqQuotaRepository implements QuotaRepository {

    private final Supplier<DSLContext> dsl;

    JooqQuotaRepository(Supplier<DSLContext> dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Quota> findAll() {
        return dsl.get().selectFrom(QUOTA).orderBy(QUOTA.AGENCY_ID, QUOTA.QUOTA_YEAR, QUOTA.CATEGORY).fetch(JooqQuotaRepository::toQuota);
    }

    @Override
    public List<Quota> findByAgencies(Collection<Long> agencyIds) {
        return dsl.get().selectFrom(QUOTA).where(QUOTA.AGENCY_ID.in(agencyIds))
                .orderBy(QUOTA.AGENCY_ID, QUOTA.QUOTA_YEAR, QUOTA.CATEGORY).fetch(JooqQuotaRepository::toQuota);
    }

    @Override
    public Quota insert(Quota quota) {
        QuotaRecord r = dsl.get().newRecord(QUOTA);
        fill(r, quota);
        r.store();
        return quota.withId(r.getId());
    }

    @Override
    public void update(Quota quota) {
        QuotaRecord r = dsl.get().fetchSingle(QUOTA, QUOTA.ID.eq(quota.id()));
        fill(r, quota);
        r.store();
    }

    @Override
    public void delete(long id) {
        dsl.get().fetchOptional(QUOTA, QUOTA.ID.eq(id)).ifPresent(r -> r.delete());
    }

    private static void fill(QuotaRecord r, Quota q) {
        r.setAgencyId(q.agencyId());
        r.setQuotaYear(q.year());
        r.setCategory(q.category().name());
        r.setAmount(q.amount());
        r.setDecisionNo(q.decisionNo());
        r.setDecisionDate(q.decisionDate());
        r.setIssuer(q.issuer());
        r.setBaseline(q.baseline());
    }

    static Quota toQuota(QuotaRecord r) {
        return new Quota(r.getId(), r.getAgencyId(), r.getQuotaYear(), StaffCategory.valueOf(r.getCategory()), r.getAmount(),
                r.getDecisionNo(), r.getDecisionDate(), r.getIssuer(), r.getBaseline());
    }
}
