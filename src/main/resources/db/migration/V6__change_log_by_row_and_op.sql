-- The register's view reads a row's CREATE from change_log by (entity, row_id, op = 'CREATE'). With an index on
-- (entity, row_id) alone, H2 read every change of the row to find its CREATE, so each edit of a deal took
-- longer the more often it had been edited (a deal moved 1,000 times on the board: 40 ms a move). The wider
-- index serves the same reads of a row's changes and finds its CREATE directly.
DROP INDEX change_log_row;
CREATE INDEX change_log_row ON change_log (entity, row_id, op);
