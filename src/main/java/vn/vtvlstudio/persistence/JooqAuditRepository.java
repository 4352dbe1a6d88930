package vn.vtvlstudio.persistence;

import static vn.vtvlstudio.persistence.generated.Tables.AUDIT_LOG;

import java.util.List;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import vn.vtvlstudio.domain.AuditEntry;
import vn.vtvlstudio.domain.AuditRepository;
import vn.vtvlstudio.persistence.generated.tables.records.AuditLogRecord;

final class JooqAuditRepository implements AuditRepository {

    private final Supplier<DSLContext> dsl;

    JooqAuditRepository(Supplier<DSLContext> dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<AuditEntry> recent(int limit) {
        return dsl.get().selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.ID.desc()).limit(limit).fetch(JooqAuditRepository::toEntry);
    }

    @Override
    public List<AuditEntry> forEntity(String entity, long entityId) {
        return dsl.get().selectFrom(AUDIT_LOG).where(AUDIT_LOG.ENTITY.eq(entity).and(AUDIT_LOG.ENTITY_ID.eq(entityId)))
                .orderBy(AUDIT_LOG.ID).fetch(JooqAuditRepository::toEntry);
    }

    @Override
    public int count() {
        return dsl.get().fetchCount(AUDIT_LOG);
    }

    private static AuditEntry toEntry(AuditLogRecord r) {
        return new AuditEntry(r.getId(), r.getChangedAt(), r.getOsUser(), r.getEntity(), r.getEntityId(), r.getAction(),
                r.getField(), r.getOldValue(), r.getNewValue());
    }
}
