-- Sync bookkeeping: what each peer device has had applied here, and the changes that arrived but cannot
-- be applied yet (a gap in their device's sequence, a base not yet seen, or a newer record format).

CREATE TABLE peer (
    device_id    UUID PRIMARY KEY,
    device_name  VARCHAR(200),
    applied_seq  BIGINT NOT NULL,
    max_hlc_wall BIGINT NOT NULL,
    last_seen_at TIMESTAMP(3) WITH TIME ZONE,
    -- changes up to here arrived inside a snapshot: they are applied but not listed one by one
    snapshot_seq BIGINT DEFAULT 0 NOT NULL
);

CREATE TABLE inbox (
    change_id   UUID PRIMARY KEY,
    device_id   UUID NOT NULL,
    device_seq  BIGINT NOT NULL,
    format      INT NOT NULL,
    payload     VARCHAR(200000) NOT NULL,
    received_at TIMESTAMP(3) WITH TIME ZONE NOT NULL
);
CREATE INDEX inbox_device_seq ON inbox (device_id, device_seq);

