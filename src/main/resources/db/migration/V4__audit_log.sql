-- Who changed what, when: one row per changed field (old -> new), or per inserted / deleted row.
CREATE TABLE audit_log (
    id            BIGINT AUTO_INCREMENT,
    changed_at    TIMESTAMP     NOT NULL,
    os_user       VARCHAR(256)  NOT NULL,
    entity        VARCHAR(64)   NOT NULL,
    entity_id     BIGINT,
    action        VARCHAR(16)   NOT NULL,
    field         VARCHAR(64),
    old_value     VARCHAR(8192),
    new_value     VARCHAR(8192),
    CONSTRAINT pk_audit_log PRIMARY KEY (id)
);

CREATE INDEX ix_audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX ix_audit_log_time ON audit_log (changed_at);
