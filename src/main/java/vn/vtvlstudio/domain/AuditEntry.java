package vn.vtvlstudio.domain;

import java.time.LocalDateTime;

/** One line of the audit log: who (OS user), when, which record, what changed (old → new). */
public record AuditEntry(long id, LocalDateTime at, String user, String entity, Long entityId, String action,
                         String field, String oldValue, String newValue) {
}
