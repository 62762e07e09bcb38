-- Approvals (issue 11, item 4). A rep's role says who may decide; rules say what needs a decision; a request
-- is one row per question asked, created by the rep and then only written by the manager who decides it.
-- All three are team data and sync like any other table.

ALTER TABLE sales_rep ADD COLUMN rep_role VARCHAR(10) DEFAULT 'REP' NOT NULL;

-- kind DISCOUNT: a line's discount above threshold (a percentage); kind AMOUNT: the deal's amount above
-- threshold, in currency. A rule guards creating a quote (on_quote), a move into stage_id, or both.
CREATE TABLE approval_rule (
    id         UUID PRIMARY KEY,
    kind       VARCHAR(10) NOT NULL,
    threshold  DECIMAL(19, 4) NOT NULL,
    currency   CHAR(3),
    on_quote   BOOLEAN DEFAULT FALSE NOT NULL,
    stage_id   UUID REFERENCES stage (id),
    created_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    deleted    BOOLEAN DEFAULT FALSE NOT NULL
);

-- action QUOTE or STAGE (then stage_id is the stage the deal is to move to). max_discount and amount are the
-- facts when the request was made: an approval covers those facts and no more. status PENDING, APPROVED or
-- REJECTED; decided_by, decided_at and decision_comment are written by the decision, together.
CREATE TABLE approval_request (
    id               UUID PRIMARY KEY,
    opportunity_id   UUID NOT NULL REFERENCES opportunity (id),
    action           VARCHAR(10) NOT NULL,
    stage_id         UUID REFERENCES stage (id),
    max_discount     DECIMAL(7, 4) NOT NULL,
    amount           DECIMAL(19, 4) NOT NULL,
    currency         CHAR(3) NOT NULL,
    requested_by     UUID NOT NULL REFERENCES sales_rep (id),
    requested_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    request_note     VARCHAR(2000),
    status           VARCHAR(10) DEFAULT 'PENDING' NOT NULL,
    decided_by       UUID REFERENCES sales_rep (id),
    decided_at       TIMESTAMP(3) WITH TIME ZONE,
    decision_comment VARCHAR(2000),
    created_at       TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    deleted          BOOLEAN DEFAULT FALSE NOT NULL
);
CREATE INDEX approval_request_opportunity ON approval_request (opportunity_id);
CREATE INDEX approval_request_requested_at ON approval_request (requested_at);
