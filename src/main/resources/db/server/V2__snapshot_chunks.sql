-- Snapshots in rows of 1 MiB (docs/decisions/0018), written and read one row at a time: a 100,000-deal
-- snapshot is over 100 MB, more than a client can hold in memory as one bytea value. A chunked snapshot's
-- snapshot.body is empty; older Fieldbooks skip it as unreadable and join by pulling the changes.

ALTER TABLE snapshot ADD UNIQUE (snapshot_id, team_id);

CREATE TABLE snapshot_chunk (
    snapshot_id uuid NOT NULL,
    team_id     uuid NOT NULL,
    chunk       integer NOT NULL CHECK (chunk >= 0),
    bytes       bytea NOT NULL,
    PRIMARY KEY (snapshot_id, chunk),
    -- the writer inserts the snapshot row first (its coverage is known before its state is written)
    FOREIGN KEY (snapshot_id, team_id) REFERENCES snapshot (snapshot_id, team_id) ON DELETE CASCADE
);

ALTER TABLE snapshot_chunk ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_snapshot_chunks ON snapshot_chunk FOR SELECT USING (team_id = fieldbook.my_team());
CREATE POLICY write_team_snapshot_chunk ON snapshot_chunk FOR INSERT WITH CHECK (team_id = fieldbook.my_team());
