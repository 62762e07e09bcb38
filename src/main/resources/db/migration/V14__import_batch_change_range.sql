-- Imports record their created rows by the range of change records they wrote (issue 10, item 8; decision 0015).
-- Every record an import creates has a CREATE change of this device with a sequence number in
-- [first_seq, last_seq]: an undo reads them back from the change log, instead of the import writing one
-- import_batch_row per created record (a third H2 row per imported deal). import_batch_row now holds only the
-- rows that need more than their id: records an import updated (their fields before) and records with a source
-- key (their id in the other CRM). Batches recorded before this migration have no range and keep every row.

ALTER TABLE import_batch ADD COLUMN device_id UUID;
ALTER TABLE import_batch ADD COLUMN first_seq BIGINT;
ALTER TABLE import_batch ADD COLUMN last_seq BIGINT;
