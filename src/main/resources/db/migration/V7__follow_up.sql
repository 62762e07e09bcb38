-- Follow-up (issue 4): activities may answer a lead; a converted lead keeps links to the account, contact and
-- opportunity it became, and the time it was first answered (its first activity), for the dashboard's
-- first-response figure. Custom fields gain the money and multi-choice types and a required flag.

-- H2 gives every foreign key an index of its own (activity.lead_id here, activity.contact_id and
-- opportunity_contact.contact_id in V1), so none is created for them (see V4).
ALTER TABLE activity ADD COLUMN lead_id UUID REFERENCES lead (id);
-- the agenda reads open activities by due time
CREATE INDEX activity_open_due ON activity (done_at, due_at);

ALTER TABLE lead ADD COLUMN converted_account_id UUID REFERENCES account (id);
ALTER TABLE lead ADD COLUMN converted_contact_id UUID REFERENCES contact (id);
ALTER TABLE lead ADD COLUMN first_response_at TIMESTAMP(3) WITH TIME ZONE;
ALTER TABLE lead ADD COLUMN custom_fields VARCHAR(8000);

-- Nothing wrote custom_field before this version (no screen, no demo data, no sync of it), so the table is
-- made anew rather than altered: H2 named V1's unnamed CHECK constraint itself, and it cannot be dropped by a
-- name every database shares.
DROP TABLE custom_field;
CREATE TABLE custom_field (
    id         UUID PRIMARY KEY,
    entity     VARCHAR(40) NOT NULL,
    field_key  VARCHAR(100) NOT NULL,
    label      VARCHAR(200) NOT NULL,
    field_type VARCHAR(20) NOT NULL
        CHECK (field_type IN ('TEXT', 'NUMBER', 'MONEY', 'DATE', 'CHOICE', 'MULTI_CHOICE', 'BOOLEAN')),
    options    VARCHAR(4000),
    required   BOOLEAN DEFAULT FALSE NOT NULL,
    position   INT NOT NULL,
    created_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    deleted    BOOLEAN DEFAULT FALSE NOT NULL
);
CREATE INDEX custom_field_entity ON custom_field (entity, position);
