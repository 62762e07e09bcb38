-- Quotes (issue 11, item 3) and the company details they are issued under. Everything here syncs: a team's
-- company name, address, logo, terms and validity reach every teammate's quotes.
--
-- A logo is a row of its own, never edited (a new image is a new row): a quote names the logo it was issued
-- with, so opening an old quote draws it as it was sent. 64 KiB of image as base64 fits one change record.
CREATE TABLE company_logo (
    id           UUID PRIMARY KEY,
    content_type VARCHAR(20) NOT NULL,
    image_base64 VARCHAR(90000) NOT NULL,
    width        INT NOT NULL,
    height       INT NOT NULL,
    created_at   TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    deleted      BOOLEAN DEFAULT FALSE NOT NULL
);

-- One row per team, with a fixed id (as the default pipelines): every device edits the same row, so two
-- teammates changing the same detail offline meet as an ordinary conflict instead of two company rows.
CREATE TABLE company_profile (
    id            UUID PRIMARY KEY,
    name          VARCHAR(200),
    address       VARCHAR(1000),
    logo_id       UUID REFERENCES company_logo (id),
    terms         VARCHAR(4000),
    validity_days INT DEFAULT 30 NOT NULL,
    created_at    TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    deleted       BOOLEAN DEFAULT FALSE NOT NULL
);
INSERT INTO company_profile (id, name, address, logo_id, terms, validity_days, created_at, updated_at, deleted)
VALUES ('01900000-0000-7000-8000-00000000c001', NULL, NULL, NULL, NULL, 30,
        TIMESTAMP WITH TIME ZONE '2024-01-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2024-01-01 00:00:00+00', FALSE);

-- A quote is frozen when issued: the customer, the company details and (in quote_line) the lines are copied,
-- so a version reads the same however the deal, its account or the catalogue change later. Only status and
-- sent_at are edited afterwards. The number is unique across devices (device prefix + the device's own
-- counter, see decision 0010); version counts the deal's quotes.
CREATE TABLE quote (
    id                UUID PRIMARY KEY,
    opportunity_id    UUID NOT NULL REFERENCES opportunity (id),
    quote_number      VARCHAR(40) NOT NULL,
    version           INT NOT NULL,
    issued_on         DATE NOT NULL,
    valid_until       DATE NOT NULL,
    currency          CHAR(3) NOT NULL,
    subtotal          DECIMAL(19, 4) NOT NULL,
    discount          DECIMAL(19, 4) NOT NULL,
    total             DECIMAL(19, 4) NOT NULL,
    status            VARCHAR(10) NOT NULL,
    sent_at           TIMESTAMP(3) WITH TIME ZONE,
    opportunity_title VARCHAR(300) NOT NULL,
    contact_id        UUID REFERENCES contact (id),
    account_name      VARCHAR(300),
    account_address   VARCHAR(1000),
    contact_name      VARCHAR(300),
    prepared_by       VARCHAR(200),
    company_name      VARCHAR(200),
    company_address   VARCHAR(1000),
    logo_id           UUID REFERENCES company_logo (id),
    terms             VARCHAR(4000),
    issued_by_device  UUID NOT NULL,
    created_at        TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    deleted           BOOLEAN DEFAULT FALSE NOT NULL
);
CREATE INDEX quote_opportunity ON quote (opportunity_id);
CREATE INDEX quote_number ON quote (quote_number);

CREATE TABLE quote_line (
    id               UUID PRIMARY KEY,
    quote_id         UUID NOT NULL REFERENCES quote (id),
    position         INT NOT NULL,
    product_code     VARCHAR(40),
    product_name     VARCHAR(200) NOT NULL,
    unit             VARCHAR(30),
    quantity         DECIMAL(19, 4) NOT NULL,
    unit_price       DECIMAL(19, 4) NOT NULL,
    discount_percent DECIMAL(7, 4) NOT NULL,
    line_total       DECIMAL(19, 4) NOT NULL,
    created_at       TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    deleted          BOOLEAN DEFAULT FALSE NOT NULL
);
CREATE INDEX quote_line_quote ON quote_line (quote_id);
