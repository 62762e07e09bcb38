-- Leads and custom fields (issue 4). Custom-field values live in the custom_fields column that account,
-- contact, opportunity (V1) and lead (V7) already have: one JSON object per row, key -> value as text, written
-- through the store's one write path like every other field. What is new here is the team's own source
-- channels: names added to the built-in ones (SourceChannel). A lead of such a channel stores the name itself
-- in lead.source_channel, so the built-in values stay what they were and a grouping by channel keeps working.
-- One row per channel, so two people adding channels offline never conflict.

CREATE TABLE custom_channel (
    id         UUID PRIMARY KEY,
    name       VARCHAR(50) NOT NULL,
    position   INT NOT NULL,
    created_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    deleted    BOOLEAN DEFAULT FALSE NOT NULL
);
