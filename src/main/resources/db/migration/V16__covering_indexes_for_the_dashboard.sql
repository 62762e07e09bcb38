-- The dashboard's statements over closed deals and done activities read a few columns of many rows (issue 5,
-- decision 0020). H2 answers a statement from an index alone when the index holds every column the statement
-- reads, and fetches a row by its key only for a column the index lacks. These two indexes keep their leading
-- columns (what they were made for) and now end with the columns those statements read, so that the statements
-- walk the index instead of scanning the table or looking each row up by key.
DROP INDEX opportunity_status;
CREATE INDEX opportunity_status ON opportunity (status, closed_at, deleted, account_id, pipeline_id, owner_id,
                                                source_channel, currency, amount, created_at);
DROP INDEX activity_open_due;
CREATE INDEX activity_open_due ON activity (done_at, due_at, deleted, owner_id);
