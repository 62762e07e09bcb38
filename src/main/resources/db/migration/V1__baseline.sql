-- Fieldbook local store, baseline schema.
-- Every synced row has a device-made, time-ordered UUID key, created/updated times and a tombstone.
-- Money is DECIMAL(19,4) with an ISO 4217 currency code; never a floating type.

CREATE TABLE setting (
    setting_key   VARCHAR(100) PRIMARY KEY,
    setting_value VARCHAR(4000) NOT NULL
);

-- Exactly one row: this installation, its gap-free change sequence and its persisted hybrid logical clock.
CREATE TABLE local_device (
    singleton   INT PRIMARY KEY CHECK (singleton = 1),
    device_id   UUID NOT NULL,
    device_name VARCHAR(200) NOT NULL,
    next_seq    BIGINT NOT NULL,
    hlc_wall    BIGINT NOT NULL,
    hlc_counter INT NOT NULL,
    created_at  TIMESTAMP(3) WITH TIME ZONE NOT NULL
);

CREATE TABLE pipeline (
    id         UUID PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    position   INT NOT NULL,
    created_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    deleted    BOOLEAN DEFAULT FALSE NOT NULL
);

CREATE TABLE stage (
    id              UUID PRIMARY KEY,
    pipeline_id     UUID NOT NULL REFERENCES pipeline (id),
    name            VARCHAR(200) NOT NULL,
    position        INT NOT NULL,
    probability     INT NOT NULL CHECK (probability BETWEEN 0 AND 100),
    kind            VARCHAR(10) NOT NULL CHECK (kind IN ('OPEN', 'WON', 'LOST')),
    rotting_days    INT,
    required_fields VARCHAR(1000),
    created_at      TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    deleted         BOOLEAN DEFAULT FALSE NOT NULL
);
CREATE INDEX stage_pipeline ON stage (pipeline_id, position);

CREATE TABLE sales_rep (
    id         UUID PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    email      VARCHAR(320),
    team       VARCHAR(200),
    region     VARCHAR(200),
    created_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    deleted    BOOLEAN DEFAULT FALSE NOT NULL
);

CREATE TABLE account (
    id             UUID PRIMARY KEY,
    name           VARCHAR(300) NOT NULL,
    industry       VARCHAR(100),
    employees      INT,
    region         VARCHAR(200),
    address        VARCHAR(1000),
    website        VARCHAR(500),
    phone          VARCHAR(100),
    owner_id       UUID REFERENCES sales_rep (id),
    tier           VARCHAR(20),
    source_channel VARCHAR(50),
    custom_fields  VARCHAR(8000),
    created_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    deleted        BOOLEAN DEFAULT FALSE NOT NULL
);
CREATE INDEX account_name ON account (name);

CREATE TABLE contact (
    id            UUID PRIMARY KEY,
    account_id    UUID REFERENCES account (id),
    name          VARCHAR(300) NOT NULL,
    title         VARCHAR(200),
    department    VARCHAR(200),
    emails        VARCHAR(1000),
    phones        VARCHAR(500),
    notes         VARCHAR(8000),
    custom_fields VARCHAR(8000),
    created_at    TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    deleted       BOOLEAN DEFAULT FALSE NOT NULL
);
CREATE INDEX contact_account ON contact (account_id);

CREATE TABLE opportunity (
    id             UUID PRIMARY KEY,
    account_id     UUID NOT NULL REFERENCES account (id),
    pipeline_id    UUID NOT NULL REFERENCES pipeline (id),
    stage_id       UUID NOT NULL REFERENCES stage (id),
    title          VARCHAR(300) NOT NULL,
    amount         DECIMAL(19, 4) NOT NULL CHECK (amount >= 0),
    currency       CHAR(3) NOT NULL,
    expected_close DATE,
    owner_id       UUID REFERENCES sales_rep (id),
    source_channel VARCHAR(50),
    status         VARCHAR(10) NOT NULL CHECK (status IN ('OPEN', 'WON', 'LOST')),
    lost_reason    VARCHAR(500),
    closed_at      TIMESTAMP(3) WITH TIME ZONE,
    position       DOUBLE PRECISION NOT NULL,
    custom_fields  VARCHAR(8000),
    created_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    deleted        BOOLEAN DEFAULT FALSE NOT NULL
);
CREATE INDEX opportunity_account ON opportunity (account_id);
CREATE INDEX opportunity_stage ON opportunity (stage_id, position);
CREATE INDEX opportunity_status ON opportunity (status, closed_at);

CREATE TABLE opportunity_contact (
    id             UUID PRIMARY KEY,
    opportunity_id UUID NOT NULL REFERENCES opportunity (id),
    contact_id     UUID NOT NULL REFERENCES contact (id),
    buying_role    VARCHAR(20) NOT NULL
        CHECK (buying_role IN ('DECISION_MAKER', 'EVALUATOR', 'INFLUENCER', 'USER', 'CHAMPION', 'BLOCKER')),
    created_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    deleted        BOOLEAN DEFAULT FALSE NOT NULL
);
CREATE INDEX opportunity_contact_opportunity ON opportunity_contact (opportunity_id);

-- Append-only: the source of funnel, conversion and cycle-length figures.
CREATE TABLE stage_change (
    id             UUID PRIMARY KEY,
    opportunity_id UUID NOT NULL REFERENCES opportunity (id),
    from_stage_id  UUID REFERENCES stage (id),
    to_stage_id    UUID NOT NULL REFERENCES stage (id),
    changed_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    changed_by     UUID REFERENCES sales_rep (id),
    created_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    deleted        BOOLEAN DEFAULT FALSE NOT NULL
);
CREATE INDEX stage_change_opportunity ON stage_change (opportunity_id, changed_at);

CREATE TABLE activity (
    id             UUID PRIMARY KEY,
    activity_type  VARCHAR(10) NOT NULL CHECK (activity_type IN ('CALL', 'VISIT', 'MEETING', 'EMAIL', 'TASK', 'NOTE')),
    subject        VARCHAR(500) NOT NULL,
    notes          VARCHAR(8000),
    due_at         TIMESTAMP(3) WITH TIME ZONE,
    done_at        TIMESTAMP(3) WITH TIME ZONE,
    outcome        VARCHAR(1000),
    location       VARCHAR(500),
    account_id     UUID REFERENCES account (id),
    contact_id     UUID REFERENCES contact (id),
    opportunity_id UUID REFERENCES opportunity (id),
    owner_id       UUID REFERENCES sales_rep (id),
    created_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    deleted        BOOLEAN DEFAULT FALSE NOT NULL
);
CREATE INDEX activity_account ON activity (account_id);
CREATE INDEX activity_opportunity ON activity (opportunity_id);

CREATE TABLE lead (
    id                        UUID PRIMARY KEY,
    name                      VARCHAR(300) NOT NULL,
    company                   VARCHAR(300),
    email                     VARCHAR(320),
    phone                     VARCHAR(100),
    source_channel            VARCHAR(50),
    status                    VARCHAR(20) NOT NULL CHECK (status IN ('NEW', 'WORKING', 'QUALIFIED', 'CONVERTED', 'DISQUALIFIED')),
    score                     INT,
    owner_id                  UUID REFERENCES sales_rep (id),
    converted_at              TIMESTAMP(3) WITH TIME ZONE,
    converted_opportunity_id  UUID REFERENCES opportunity (id),
    created_at                TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at                TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    deleted                   BOOLEAN DEFAULT FALSE NOT NULL
);

CREATE TABLE custom_field (
    id         UUID PRIMARY KEY,
    entity     VARCHAR(40) NOT NULL,
    field_key  VARCHAR(100) NOT NULL,
    label      VARCHAR(200) NOT NULL,
    field_type VARCHAR(20) NOT NULL CHECK (field_type IN ('TEXT', 'NUMBER', 'DATE', 'CHOICE', 'BOOLEAN')),
    options    VARCHAR(4000),
    position   INT NOT NULL,
    created_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    deleted    BOOLEAN DEFAULT FALSE NOT NULL
);

-- The outbox and, later, the inbox of sync: one row per change, in the change-record form of DESIGN.md.
CREATE TABLE change_log (
    change_id      UUID PRIMARY KEY,
    format         INT NOT NULL,
    schema_version INT NOT NULL,
    device_id      UUID NOT NULL,
    device_seq     BIGINT NOT NULL,
    hlc_wall       BIGINT NOT NULL,
    hlc_counter    INT NOT NULL,
    entity         VARCHAR(40) NOT NULL,
    row_id         UUID NOT NULL,
    op             VARCHAR(10) NOT NULL CHECK (op IN ('CREATE', 'SET', 'DELETE', 'RESTORE')),
    field          VARCHAR(100),
    -- VARCHAR, not CLOB: H2 keeps CLOBs in a separate LOB store, several times slower for small values
    field_value    VARCHAR(100000),
    bases          VARCHAR(8000) NOT NULL,
    CONSTRAINT change_log_device_seq UNIQUE (device_id, device_seq)
);
CREATE INDEX change_log_row ON change_log (entity, row_id);

-- The per-field frontier of the multi-value register: the change ids whose value a field currently holds.
-- A CREATE covers every field of its row under the field name '*', until a SET of that field replaces it.
CREATE TABLE field_version (
    entity      VARCHAR(40) NOT NULL,
    row_id      UUID NOT NULL,
    field       VARCHAR(100) NOT NULL,
    change_id   UUID NOT NULL,
    hlc_wall    BIGINT NOT NULL,
    hlc_counter INT NOT NULL,
    device_id   UUID NOT NULL,
    device_seq  BIGINT NOT NULL,
    PRIMARY KEY (entity, row_id, field, change_id)
);
