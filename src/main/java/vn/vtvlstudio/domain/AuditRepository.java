package vn.vtvlstudio.domain;

import java.util.List;

/** Reading the audit log; writing happens by itself with every stored change. */
public interface AuditRepository {

    /** The newest entries first. */
    List<AuditEntry> recent(int limit);

    List<AuditEntry> forEntity(String entity, long entityId);

    int count();
}
