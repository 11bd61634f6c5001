-- Issue 27: rating tablets at the counters, officials' photos, and services whose rating window ran out unrated.
-- Portable SQL (SQLite and PostgreSQL): TEXT ids, BIGINT epoch milliseconds, nullable added columns, TEXT base64.

-- A tablet at one counter, enrolled with a one-time code; its bearer token is stored hashed.
CREATE TABLE rating_device (
    id           VARCHAR(36)  PRIMARY KEY,
    counter_id   VARCHAR(20)  NOT NULL,
    name         VARCHAR(100) NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL UNIQUE,
    enrolled_at  BIGINT       NOT NULL,
    revoked_at   BIGINT,
    last_seen_at BIGINT
);

-- One-time codes a centre admin creates for one counter's tablet.
CREATE TABLE rating_device_code (
    code_hash   VARCHAR(64) PRIMARY KEY,
    counter_id  VARCHAR(20) NOT NULL,
    created_at  BIGINT      NOT NULL,
    expires_at  BIGINT      NOT NULL,
    used_at     BIGINT,
    created_by  VARCHAR(64) NOT NULL
);

-- An official's photo shown on the rating tablet (JPEG or PNG, base64).
CREATE TABLE staff_photo (
    username     VARCHAR(64) PRIMARY KEY,
    content_type VARCHAR(20) NOT NULL,
    data_base64  TEXT        NOT NULL,
    updated_at   BIGINT      NOT NULL
);

-- A served ticket whose rating window ran out on the tablet without a rating ("not rated", not a rating).
CREATE TABLE rating_missed (
    ticket_id    VARCHAR(36) PRIMARY KEY,
    counter_id   VARCHAR(20),
    service_code VARCHAR(2),
    official     VARCHAR(64),
    device_id    VARCHAR(36),
    created_at   BIGINT      NOT NULL
);
CREATE INDEX rating_missed_created ON rating_missed (created_at);

-- Which tablet sent a rating (kiosk ratings keep kiosk_id).
ALTER TABLE rating ADD COLUMN device_id VARCHAR(36);
