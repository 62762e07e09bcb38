-- Products, line items and payments (issue 11). One row per list price, per line and per payment, so that two
-- people adding prices, lines or payments offline never touch the same row and never conflict. Amounts are
-- exact decimals; a line and a payment are in their opportunity's currency, which is why they carry none.

CREATE TABLE product (
    id         UUID PRIMARY KEY,
    code       VARCHAR(40) NOT NULL,
    name       VARCHAR(200) NOT NULL,
    unit       VARCHAR(30),
    category   VARCHAR(100),
    active     BOOLEAN DEFAULT TRUE NOT NULL,
    created_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    deleted    BOOLEAN DEFAULT FALSE NOT NULL
);

CREATE TABLE product_price (
    id         UUID PRIMARY KEY,
    product_id UUID NOT NULL REFERENCES product (id),
    currency   CHAR(3) NOT NULL,
    list_price DECIMAL(19, 4) NOT NULL,
    created_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    deleted    BOOLEAN DEFAULT FALSE NOT NULL
);
CREATE INDEX product_price_product ON product_price (product_id);

CREATE TABLE opportunity_line (
    id               UUID PRIMARY KEY,
    opportunity_id   UUID NOT NULL REFERENCES opportunity (id),
    product_id       UUID NOT NULL REFERENCES product (id),
    quantity         DECIMAL(19, 4) NOT NULL,
    unit_price       DECIMAL(19, 4) NOT NULL,
    discount_percent DECIMAL(7, 4) DEFAULT 0 NOT NULL,
    position         INT NOT NULL,
    created_at       TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    deleted          BOOLEAN DEFAULT FALSE NOT NULL
);
CREATE INDEX opportunity_line_opportunity ON opportunity_line (opportunity_id);

-- kind EXPECTED is a row of the payment plan (amount due on the date), RECEIVED a payment that came in.
CREATE TABLE payment (
    id             UUID PRIMARY KEY,
    opportunity_id UUID NOT NULL REFERENCES opportunity (id),
    kind           VARCHAR(10) NOT NULL,
    amount         DECIMAL(19, 4) NOT NULL,
    on_date        DATE NOT NULL,
    note           VARCHAR(500),
    created_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    deleted        BOOLEAN DEFAULT FALSE NOT NULL
);
CREATE INDEX payment_opportunity ON payment (opportunity_id);
