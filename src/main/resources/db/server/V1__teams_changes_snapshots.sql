-- The Fieldbook sync server, schema "fieldbook" (Flyway runs this as the admin who owns the schema).
-- Logins get their rights from the role fieldbook_user (granted by `fieldbook server init`, see ServerSetup);
-- the policies below make every login see and write its own team's rows only.

CREATE TABLE team (
    team_id    uuid PRIMARY KEY,
    name       text NOT NULL UNIQUE,
    -- the last sequence number given to a change of this team; its row lock orders pushes (docs/sync.md)
    last_seq   bigint NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE member (
    login    name PRIMARY KEY,
    team_id  uuid NOT NULL REFERENCES team,
    added_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE device (
    device_id     uuid PRIMARY KEY,
    team_id       uuid NOT NULL REFERENCES team,
    login         name NOT NULL DEFAULT current_user,
    name          text,
    registered_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE change (
    team_id    uuid NOT NULL REFERENCES team,
    seq        bigint NOT NULL,
    change_id  uuid NOT NULL,
    device_id  uuid NOT NULL,
    device_seq bigint NOT NULL,
    payload    text NOT NULL,
    pushed_by  name NOT NULL DEFAULT current_user,
    pushed_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (team_id, seq),
    UNIQUE (team_id, change_id),
    UNIQUE (team_id, device_id, device_seq)
);

CREATE TABLE snapshot (
    snapshot_id   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    team_id       uuid NOT NULL REFERENCES team,
    writer_device uuid NOT NULL,
    coverage      bigint NOT NULL,
    -- a device that joins from this snapshot pulls the changes after this team sequence number
    pull_from     bigint NOT NULL,
    body          bytea NOT NULL,
    written_by    name NOT NULL DEFAULT current_user,
    written_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX snapshot_by_team ON snapshot (team_id, coverage DESC);

-- A login's team, for the policies: a login belongs to one team.
CREATE FUNCTION my_team() RETURNS uuid LANGUAGE sql STABLE
    AS 'SELECT team_id FROM fieldbook.member WHERE login = current_user';

ALTER TABLE team ENABLE ROW LEVEL SECURITY;
ALTER TABLE member ENABLE ROW LEVEL SECURITY;
ALTER TABLE device ENABLE ROW LEVEL SECURITY;
ALTER TABLE change ENABLE ROW LEVEL SECURITY;
ALTER TABLE snapshot ENABLE ROW LEVEL SECURITY;

CREATE POLICY own_membership ON member FOR SELECT USING (login = current_user);

CREATE POLICY own_team_read ON team FOR SELECT USING (team_id = fieldbook.my_team());
CREATE POLICY own_team_count ON team FOR UPDATE USING (team_id = fieldbook.my_team())
    WITH CHECK (team_id = fieldbook.my_team());

CREATE POLICY team_devices ON device FOR SELECT USING (team_id = fieldbook.my_team());
CREATE POLICY register_own_device ON device FOR INSERT
    WITH CHECK (team_id = fieldbook.my_team() AND login = current_user);
CREATE POLICY rename_own_device ON device FOR UPDATE USING (login = current_user)
    WITH CHECK (team_id = fieldbook.my_team() AND login = current_user);

CREATE POLICY team_changes ON change FOR SELECT USING (team_id = fieldbook.my_team());
-- a login pushes only as itself, only for its team, only changes of a device it registered
CREATE POLICY push_own_changes ON change FOR INSERT WITH CHECK (
    team_id = fieldbook.my_team() AND pushed_by = current_user
    AND EXISTS (SELECT 1 FROM fieldbook.device d
                WHERE d.device_id = change.device_id AND d.team_id = change.team_id AND d.login = current_user));

CREATE POLICY team_snapshots ON snapshot FOR SELECT USING (team_id = fieldbook.my_team());
CREATE POLICY write_team_snapshot ON snapshot FOR INSERT
    WITH CHECK (team_id = fieldbook.my_team() AND written_by = current_user);
CREATE POLICY prune_team_snapshots ON snapshot FOR DELETE USING (team_id = fieldbook.my_team());
