-- Issue 21 (catalogue): the procedure catalogue, the working-day calendar and the kiosk texts live in the database,
-- edited from the staff pages without a restart. They are seeded from config/catalogue/procedures.json and
-- config/calendar/*.csv at the first start after this migration and never overwritten from the files afterwards.
-- Portable SQL (SQLite and PostgreSQL).

-- The catalogue document without its procedures (about, services, online_filing, assisted_filing_service), one row
-- (id 1). version counts every change of the catalogue, calendar or kiosk texts: server processes compare it to
-- their cached copy, and the kiosk configuration's ETag follows it.
CREATE TABLE catalogue_document (
    id         INTEGER PRIMARY KEY,
    body       TEXT    NOT NULL,
    version    BIGINT  NOT NULL,
    updated_at BIGINT  NOT NULL
);

-- One procedure as an entry of procedures.json (the same field names), in catalogue order.
CREATE TABLE catalogue_procedure (
    code       VARCHAR(40) PRIMARY KEY,
    position   INTEGER     NOT NULL,
    body       TEXT        NOT NULL,
    updated_at BIGINT      NOT NULL
);

-- A weekday off (kind 'day_off') or a make-up working Saturday (kind 'workday'); status official or unverified.
-- A year with at least one day off listed follows this list only; other years are computed (lunar calendar).
CREATE TABLE calendar_day (
    day        VARCHAR(10)  PRIMARY KEY,
    kind       VARCHAR(10)  NOT NULL,
    name_vi    VARCHAR(200) NOT NULL,
    name_en    VARCHAR(200) NOT NULL,
    status     VARCHAR(12)  NOT NULL,
    updated_at BIGINT       NOT NULL
);

-- Texts a centre's kiosks show: text_key 'centre_name' (replaces the centre's name on the kiosk) or 'notice'.
CREATE TABLE kiosk_text (
    centre_id  VARCHAR(20)   NOT NULL,
    text_key   VARCHAR(40)   NOT NULL,
    value_vi   VARCHAR(2000) NOT NULL,
    value_en   VARCHAR(2000) NOT NULL,
    updated_at BIGINT        NOT NULL,
    PRIMARY KEY (centre_id, text_key)
);

-- Every change of the above with its whole before and after (the audit log's detail holds a short summary).
CREATE TABLE catalogue_change (
    id         VARCHAR(36) PRIMARY KEY,
    at         BIGINT      NOT NULL,
    actor      VARCHAR(64) NOT NULL,
    centre_id  VARCHAR(20) NOT NULL,
    what       VARCHAR(40) NOT NULL,
    target     VARCHAR(100),
    before_value TEXT,
    after_value  TEXT
);
CREATE INDEX catalogue_change_at ON catalogue_change (at);
