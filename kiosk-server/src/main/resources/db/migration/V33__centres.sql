-- Issue 21: centres as first-class data. One database holds every centre of a province; every row that belongs to
-- a centre names it. A database made before this migration held one centre: its rows get the centre 'main', whose
-- names and codes the server fills in from server.properties at its next start (vn.onestop.server.centre.Centres).
-- Portable SQL (SQLite and PostgreSQL): one column per ALTER TABLE; the added NOT NULL columns default to 'main'
-- so the single-centre install needs no configuration. Counter ids stay unique across the whole database.
CREATE TABLE centre (
    id            VARCHAR(20)  PRIMARY KEY,
    name_vi       VARCHAR(200) NOT NULL,
    name_en       VARCHAR(200) NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    province_code VARCHAR(2),
    agency_code   VARCHAR(40)  NOT NULL,
    address       VARCHAR(500),
    time_zone     VARCHAR(40)  NOT NULL,
    opening_hours VARCHAR(200),
    created_at    BIGINT       NOT NULL,
    updated_at    BIGINT       NOT NULL,
    disabled_at   BIGINT
);

-- A staff member's role in one centre, or province-wide (centre_id '*'): a province admin is role 'admin' at '*'.
CREATE TABLE staff_grant (
    username   VARCHAR(64) NOT NULL,
    centre_id  VARCHAR(20) NOT NULL,
    role       VARCHAR(20) NOT NULL,
    created_at BIGINT      NOT NULL,
    PRIMARY KEY (username, centre_id)
);
INSERT INTO staff_grant (username, centre_id, role, created_at) SELECT username, 'main', role, created_at FROM staff;

ALTER TABLE kiosk ADD COLUMN centre_id VARCHAR(20) NOT NULL DEFAULT 'main';
ALTER TABLE enrolment_code ADD COLUMN centre_id VARCHAR(20) NOT NULL DEFAULT 'main';
ALTER TABLE counter ADD COLUMN centre_id VARCHAR(20) NOT NULL DEFAULT 'main';
ALTER TABLE ticket ADD COLUMN centre_id VARCHAR(20) NOT NULL DEFAULT 'main';
ALTER TABLE dossier ADD COLUMN centre_id VARCHAR(20) NOT NULL DEFAULT 'main';
ALTER TABLE audit_log ADD COLUMN centre_id VARCHAR(20);
CREATE INDEX counter_centre ON counter (centre_id);
CREATE INDEX kiosk_centre ON kiosk (centre_id);
CREATE INDEX dossier_centre ON dossier (centre_id);
