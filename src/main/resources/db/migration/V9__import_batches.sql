-- Imports (issue 10). An import is recorded so that one action undoes it: the batch, and one row per record it
-- created or updated, with the record's fields as they were before an update. This is bookkeeping of this
-- device, not synced: the records themselves are written (and undone) through the store's change capture, so
-- teammates receive the imported records and, after an undo, their deletion.
-- source_key keeps the id a row had in the other CRM (a Salesforce Id, say), so that a later file of the same
-- export can refer to it: opportunities link to the accounts imported before them.

CREATE TABLE import_batch (
    id          UUID PRIMARY KEY,
    entity      VARCHAR(40) NOT NULL,
    file_name   VARCHAR(500) NOT NULL,
    imported_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    created     INT NOT NULL,
    updated     INT NOT NULL,
    skipped     INT NOT NULL,
    rejected    INT NOT NULL,
    undone_at   TIMESTAMP(3) WITH TIME ZONE
);

CREATE TABLE import_batch_row (
    batch_id    UUID NOT NULL REFERENCES import_batch (id),
    position    INT NOT NULL,
    entity      VARCHAR(40) NOT NULL,
    row_id      UUID NOT NULL,
    action      VARCHAR(10) NOT NULL,
    before_json CLOB,
    source_key  VARCHAR(100),
    PRIMARY KEY (batch_id, position)
);

CREATE INDEX import_batch_row_source ON import_batch_row (entity, source_key);
