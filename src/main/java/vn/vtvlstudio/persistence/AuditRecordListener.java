package vn.vtvlstudio.persistence;

import static vn.vtvlstudio.persistence.generated.Tables.AUDIT_LOG;

import java.time.LocalDateTime;
import java.util.Objects;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.RecordContext;
import org.jooq.RecordListener;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;

/**
 * Writes the audit log as a side effect of every stored record, in the same transaction: an update logs each changed
 * field with its old and new value; an insert or a delete logs the record's code or name.
 */
final class AuditRecordListener implements RecordListener {

    private static final int MAX_VALUE = 8000;
    private final String user;

    AuditRecordListener(String user) {
        this.user = user;
    }

    /** The OS user every change is recorded under. */
    static String currentUser() {
        return System.getProperty("user.name", "?");
    }

    @Override
    public void insertEnd(RecordContext ctx) {
        Record r = ctx.record();
        if (audited(r)) {
            log(ctx, r, "INSERT", null, null, describe(r));
        }
    }

    @Override
    public void updateStart(RecordContext ctx) {
        Record r = ctx.record();
        if (!audited(r)) {
            return;
        }
        for (Field<?> f : r.fields()) {
            if (r.changed(f) && !Objects.equals(r.original(f), r.get(f))) {
                log(ctx, r, "UPDATE", f.getName(), text(r.original(f)), text(r.get(f)));
            }
        }
    }

    @Override
    public void deleteStart(RecordContext ctx) {
        Record r = ctx.record();
        if (audited(r)) {
            log(ctx, r, "DELETE", null, describe(r), null);
        }
    }

    private static boolean audited(Record r) {
        return r instanceof TableRecord<?> t && !t.getTable().equals(AUDIT_LOG);
    }

    private void log(RecordContext ctx, Record r, String action, String field, String oldValue, String newValue) {
        Table<?> table = ((TableRecord<?>) r).getTable();
        write(DSL.using(ctx.configuration()), user, table.getName(), id(r), action, field, oldValue, newValue);
    }

    /** Writes one audit row in the transaction of {@code dsl}; for changes that are not single stored records. */
    static void write(org.jooq.DSLContext dsl, String user, String entity, Long entityId, String action, String field,
                      String oldValue, String newValue) {
        dsl.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.CHANGED_AT, LocalDateTime.now())
                .set(AUDIT_LOG.OS_USER, user)
                .set(AUDIT_LOG.ENTITY, entity.toLowerCase(java.util.Locale.ROOT))
                .set(AUDIT_LOG.ENTITY_ID, entityId)
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.FIELD, field == null ? null : field.toLowerCase(java.util.Locale.ROOT))
                .set(AUDIT_LOG.OLD_VALUE, clip(oldValue))
                .set(AUDIT_LOG.NEW_VALUE, clip(newValue))
                .execute();
    }

    private static Long id(Record r) {
        for (String name : new String[] {"ID", "POSITION_ID", "COMPETENCY_ID", "SCHEME_ID"}) {
            Field<?> f = r.field(name);
            if (f != null && r.get(f) instanceof Number n) {
                return n.longValue();
            }
        }
        return null;
    }

    private static String describe(Record r) {
        StringBuilder sb = new StringBuilder();
        for (String name : new String[] {"CODE", "RULE_ID", "NAME", "TITLE"}) {
            Field<?> f = r.field(name);
            if (f != null && r.get(f) != null) {
                if (sb.length() > 0) {
                    sb.append(" – ");
                }
                sb.append(r.get(f));
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String clip(String value) {
        return value == null || value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE) + "…";
    }
}
