-- VTVL Studio schema, version 1.
-- Every constraint is named so that generated jOOQ key names stay stable.

CREATE TABLE legal_reference (
    id            BIGINT AUTO_INCREMENT,
    code          VARCHAR(64)   NOT NULL,
    doc_number    VARCHAR(128)  NOT NULL,
    issued_on     DATE,
    issuer        VARCHAR(256),
    title         VARCHAR(1024) NOT NULL,
    effective_from DATE,
    effective_to  DATE,
    verified      BOOLEAN DEFAULT TRUE NOT NULL,
    note          VARCHAR(2048),
    CONSTRAINT pk_legal_reference PRIMARY KEY (id),
    CONSTRAINT uk_legal_reference_code UNIQUE (code)
);

CREATE TABLE regime (
    code          VARCHAR(32)   NOT NULL,
    name_vi       VARCHAR(512)  NOT NULL,
    name_en       VARCHAR(512)  NOT NULL,
    applies_to    VARCHAR(32)   NOT NULL,
    description   VARCHAR(4096),
    legal_refs    VARCHAR(1024),
    effective_from DATE,
    effective_to  DATE,
    verified      BOOLEAN DEFAULT TRUE NOT NULL,
    CONSTRAINT pk_regime PRIMARY KEY (code)
);

CREATE TABLE position_group (
    regime_code   VARCHAR(32)   NOT NULL,
    kind          VARCHAR(32)   NOT NULL,
    ordinal       INT           NOT NULL,
    roman         VARCHAR(8)    NOT NULL,
    name_vi       VARCHAR(512)  NOT NULL,
    name_en       VARCHAR(512)  NOT NULL,
    CONSTRAINT pk_position_group PRIMARY KEY (regime_code, kind),
    CONSTRAINT fk_position_group_regime FOREIGN KEY (regime_code) REFERENCES regime (code)
);

CREATE TABLE grade (
    code          VARCHAR(32)   NOT NULL,
    name          VARCHAR(512)  NOT NULL,
    tier          VARCHAR(32)   NOT NULL,
    sector        VARCHAR(128)  NOT NULL,
    kind          VARCHAR(16)   NOT NULL,
    valid_from    DATE,
    valid_to      DATE,
    source        VARCHAR(512)  NOT NULL,
    CONSTRAINT pk_grade PRIMARY KEY (code)
);

CREATE TABLE competency (
    id            BIGINT AUTO_INCREMENT,
    code          VARCHAR(64)   NOT NULL,
    competency_group VARCHAR(16) NOT NULL,
    name          VARCHAR(512)  NOT NULL,
    description   VARCHAR(4096),
    source        VARCHAR(512),
    CONSTRAINT pk_competency PRIMARY KEY (id),
    CONSTRAINT uk_competency_code UNIQUE (code)
);

CREATE TABLE competency_level (
    competency_id BIGINT        NOT NULL,
    level_no      INT           NOT NULL,
    descriptor    VARCHAR(4096) NOT NULL,
    CONSTRAINT pk_competency_level PRIMARY KEY (competency_id, level_no),
    CONSTRAINT fk_competency_level_competency FOREIGN KEY (competency_id) REFERENCES competency (id) ON DELETE CASCADE,
    CONSTRAINT ck_competency_level_range CHECK (level_no BETWEEN 1 AND 5)
);

CREATE TABLE deputy_limit (
    id            BIGINT AUTO_INCREMENT,
    table_code    VARCHAR(64)   NOT NULL,
    unit_kind     VARCHAR(64)   NOT NULL,
    province_type VARCHAR(16),
    min_staff     INT           NOT NULL,
    max_staff     INT,
    max_deputies  INT           NOT NULL,
    legal_ref     VARCHAR(64),
    valid_from    DATE,
    valid_to      DATE,
    note          VARCHAR(1024),
    CONSTRAINT pk_deputy_limit PRIMARY KEY (id),
    CONSTRAINT ck_deputy_limit_counts CHECK (min_staff >= 0 AND max_deputies >= 0)
);

CREATE TABLE agency (
    id            BIGINT AUTO_INCREMENT,
    code          VARCHAR(64)   NOT NULL,
    name          VARCHAR(512)  NOT NULL,
    short_name    VARCHAR(128),
    kind          VARCHAR(32)   NOT NULL,
    admin_level   VARCHAR(16)   NOT NULL,
    bloc          VARCHAR(32)   NOT NULL,
    parent_id     BIGINT,
    province_type VARCHAR(16),
    autonomy_group INT,
    ordinal       INT DEFAULT 0 NOT NULL,
    CONSTRAINT pk_agency PRIMARY KEY (id),
    CONSTRAINT uk_agency_code UNIQUE (code),
    CONSTRAINT fk_agency_parent FOREIGN KEY (parent_id) REFERENCES agency (id)
);

CREATE TABLE org_unit (
    id            BIGINT AUTO_INCREMENT,
    agency_id     BIGINT        NOT NULL,
    code          VARCHAR(64)   NOT NULL,
    name          VARCHAR(512)  NOT NULL,
    kind          VARCHAR(32)   NOT NULL,
    ordinal       INT DEFAULT 0 NOT NULL,
    CONSTRAINT pk_org_unit PRIMARY KEY (id),
    CONSTRAINT uk_org_unit_code UNIQUE (agency_id, code),
    CONSTRAINT fk_org_unit_agency FOREIGN KEY (agency_id) REFERENCES agency (id) ON DELETE CASCADE
);

CREATE TABLE scheme (
    id            BIGINT AUTO_INCREMENT,
    root_agency_id BIGINT       NOT NULL,
    title         VARCHAR(1024) NOT NULL,
    regime_code   VARCHAR(32)   NOT NULL,
    scheme_year   INT           NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    version       INT DEFAULT 1 NOT NULL,
    decision_no   VARCHAR(128),
    decision_date DATE,
    illustrative  BOOLEAN DEFAULT FALSE NOT NULL,
    note          VARCHAR(4096),
    CONSTRAINT pk_scheme PRIMARY KEY (id),
    CONSTRAINT fk_scheme_agency FOREIGN KEY (root_agency_id) REFERENCES agency (id),
    CONSTRAINT fk_scheme_regime FOREIGN KEY (regime_code) REFERENCES regime (code)
);

CREATE TABLE scheme_legal_reference (
    scheme_id     BIGINT        NOT NULL,
    legal_reference_id BIGINT   NOT NULL,
    ordinal       INT DEFAULT 0 NOT NULL,
    CONSTRAINT pk_scheme_legal_reference PRIMARY KEY (scheme_id, legal_reference_id),
    CONSTRAINT fk_slr_scheme FOREIGN KEY (scheme_id) REFERENCES scheme (id) ON DELETE CASCADE,
    CONSTRAINT fk_slr_legal_reference FOREIGN KEY (legal_reference_id) REFERENCES legal_reference (id)
);

CREATE TABLE job_position (
    id            BIGINT AUTO_INCREMENT,
    scheme_id     BIGINT        NOT NULL,
    code          VARCHAR(64)   NOT NULL,
    name          VARCHAR(1024) NOT NULL,
    group_kind    VARCHAR(32)   NOT NULL,
    agency_id     BIGINT        NOT NULL,
    unit_id       BIGINT,
    workload_type VARCHAR(16)   NOT NULL,
    leadership_role VARCHAR(16) NOT NULL,
    linked_position_id BIGINT,
    grade_code    VARCHAR(32),
    step_min      INT,
    step_max      INT,
    hc_cbcc       INT DEFAULT 0 NOT NULL,
    hc_vien_chuc  INT DEFAULT 0 NOT NULL,
    hc_hop_dong   INT DEFAULT 0 NOT NULL,
    hc_cbcc_cap_xa INT DEFAULT 0 NOT NULL,
    framework_ref VARCHAR(128),
    note          VARCHAR(4096),
    ordinal       INT DEFAULT 0 NOT NULL,
    CONSTRAINT pk_job_position PRIMARY KEY (id),
    CONSTRAINT uk_job_position_code UNIQUE (scheme_id, code),
    CONSTRAINT fk_job_position_scheme FOREIGN KEY (scheme_id) REFERENCES scheme (id) ON DELETE CASCADE,
    CONSTRAINT fk_job_position_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_job_position_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_job_position_linked FOREIGN KEY (linked_position_id) REFERENCES job_position (id) ON DELETE SET NULL,
    CONSTRAINT ck_job_position_headcount CHECK (hc_cbcc >= 0 AND hc_vien_chuc >= 0 AND hc_hop_dong >= 0 AND hc_cbcc_cap_xa >= 0),
    CONSTRAINT ck_job_position_steps CHECK (step_min IS NULL OR step_max IS NULL OR step_min <= step_max)
);

CREATE INDEX ix_job_position_scheme ON job_position (scheme_id, ordinal);
CREATE INDEX ix_job_position_agency ON job_position (agency_id);

CREATE TABLE job_description (
    position_id   BIGINT        NOT NULL,
    objective     VARCHAR(8192),
    relations_internal VARCHAR(8192),
    relations_external VARCHAR(8192),
    authority     VARCHAR(8192),
    conditions    VARCHAR(8192),
    req_training  VARCHAR(4096),
    req_certificates VARCHAR(4096),
    req_experience VARCHAR(4096),
    req_qualities VARCHAR(4096),
    req_it_languages VARCHAR(4096),
    CONSTRAINT pk_job_description PRIMARY KEY (position_id),
    CONSTRAINT fk_job_description_position FOREIGN KEY (position_id) REFERENCES job_position (id) ON DELETE CASCADE
);

CREATE TABLE job_task (
    id            BIGINT AUTO_INCREMENT,
    position_id   BIGINT        NOT NULL,
    step_no       INT           NOT NULL,
    content       VARCHAR(8192) NOT NULL,
    output        VARCHAR(4096),
    criterion     VARCHAR(4096),
    ordinal       INT DEFAULT 0 NOT NULL,
    CONSTRAINT pk_job_task PRIMARY KEY (id),
    CONSTRAINT fk_job_task_position FOREIGN KEY (position_id) REFERENCES job_position (id) ON DELETE CASCADE
);

CREATE TABLE competency_requirement (
    position_id   BIGINT        NOT NULL,
    competency_id BIGINT        NOT NULL,
    required_level INT          NOT NULL,
    CONSTRAINT pk_competency_requirement PRIMARY KEY (position_id, competency_id),
    CONSTRAINT fk_cr_position FOREIGN KEY (position_id) REFERENCES job_position (id) ON DELETE CASCADE,
    CONSTRAINT fk_cr_competency FOREIGN KEY (competency_id) REFERENCES competency (id),
    CONSTRAINT ck_cr_level CHECK (required_level BETWEEN 1 AND 5)
);

CREATE TABLE quota (
    id            BIGINT AUTO_INCREMENT,
    agency_id     BIGINT        NOT NULL,
    quota_year    INT           NOT NULL,
    category      VARCHAR(16)   NOT NULL,
    amount        INT           NOT NULL,
    decision_no   VARCHAR(128),
    decision_date DATE,
    issuer        VARCHAR(512),
    baseline      BOOLEAN DEFAULT FALSE NOT NULL,
    CONSTRAINT pk_quota PRIMARY KEY (id),
    CONSTRAINT uk_quota UNIQUE (agency_id, quota_year, category),
    CONSTRAINT fk_quota_agency FOREIGN KEY (agency_id) REFERENCES agency (id) ON DELETE CASCADE,
    CONSTRAINT ck_quota_amount CHECK (amount >= 0)
);

-- Rule pack data: thresholds, severities and references per regime and rule (edited in the UI later).
CREATE TABLE rule_setting (
    regime_code   VARCHAR(32)   NOT NULL,
    rule_id       VARCHAR(64)   NOT NULL,
    severity      VARCHAR(16)   NOT NULL,
    params        VARCHAR(4096),
    legal_ref     VARCHAR(512),
    effective_from DATE,
    effective_to  DATE,
    CONSTRAINT pk_rule_setting PRIMARY KEY (regime_code, rule_id),
    CONSTRAINT fk_rule_setting_regime FOREIGN KEY (regime_code) REFERENCES regime (code)
);

-- Per-scheme override of a rule's severity (ERROR / WARNING / INFO / OFF).
CREATE TABLE scheme_rule_override (
    scheme_id     BIGINT        NOT NULL,
    rule_id       VARCHAR(64)   NOT NULL,
    severity      VARCHAR(16)   NOT NULL,
    CONSTRAINT pk_scheme_rule_override PRIMARY KEY (scheme_id, rule_id),
    CONSTRAINT fk_sro_scheme FOREIGN KEY (scheme_id) REFERENCES scheme (id) ON DELETE CASCADE
);
