-- Lead assignment rules (issue 11, item 6). The rules are team data and sync like any other row, so a lead is
-- assigned by the same rules whichever laptop it is typed or imported on. One row per rule; its position orders
-- the list (first match wins). kind REGION and CHANNEL match the lead's region or source channel against
-- match_values (one value a line); ROUND_ROBIN matches every lead. rep_ids (one sales_rep id a line) are the
-- reps the rule hands leads to: with several, the least loaded of them under this rule (see decision 0010).
-- A lead gets a region (it had none) and the rule that chose its owner; the lead is assigned once, on the
-- device that creates it, so a lead arriving by sync already carries its owner and rule.

CREATE TABLE assignment_rule (
    id           UUID PRIMARY KEY,
    position     INT NOT NULL,
    kind         VARCHAR(20) NOT NULL CHECK (kind IN ('REGION', 'CHANNEL', 'ROUND_ROBIN')),
    match_values VARCHAR(4000),
    rep_ids      VARCHAR(4000) NOT NULL,
    created_at   TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    deleted      BOOLEAN DEFAULT FALSE NOT NULL
);

ALTER TABLE lead ADD COLUMN region VARCHAR(200);
ALTER TABLE lead ADD COLUMN assignment_rule_id UUID REFERENCES assignment_rule (id);
