-- Issue 21, the queue per centre. Portable SQL (SQLite and PostgreSQL): tables whose key changes are rebuilt
-- (create, copy, drop, rename), since SQLite cannot alter a primary key. Rows of a database made before centres
-- existed belong to the centre 'main'. The dialect-specific V33_2 rebuilds ticket and ticket_waiting.

-- Services (queue lines) per centre: the prefix letter is unique within a centre only. priority_mode and
-- interleave NULL mean the centre's default (server.properties); position orders them on the kiosk.
CREATE TABLE service_by_centre (
    centre_id     VARCHAR(20)  NOT NULL,
    code          VARCHAR(2)   NOT NULL,
    name_vi       VARCHAR(200) NOT NULL,
    name_en       VARCHAR(200) NOT NULL,
    priority_mode VARCHAR(12),
    interleave    INTEGER,
    position      INTEGER      NOT NULL DEFAULT 0,
    disabled_at   BIGINT,
    PRIMARY KEY (centre_id, code)
);
INSERT INTO service_by_centre (centre_id, code, name_vi, name_en, position)
SELECT 'main', code, name_vi, name_en, 0 FROM service;
DROP TABLE service;
ALTER TABLE service_by_centre RENAME TO service;

-- A counter's opening hours (free text shown on the admin pages, e.g. "07:30-11:30,13:30-17:00") and when it was
-- taken out of use (its id is never reused).
ALTER TABLE counter ADD COLUMN open_hours VARCHAR(200);
ALTER TABLE counter ADD COLUMN disabled_at BIGINT;

-- A centre's priority classes in calling order: rank 0 is called first; the class 'normal' always exists.
CREATE TABLE priority_class (
    centre_id VARCHAR(20)  NOT NULL,
    code      VARCHAR(20)  NOT NULL,
    name_vi   VARCHAR(200) NOT NULL,
    name_en   VARCHAR(200) NOT NULL,
    rank      INTEGER      NOT NULL,
    PRIMARY KEY (centre_id, code)
);

-- Numbering per centre, service and local day: both centres hand out A001 on the same day.
CREATE TABLE ticket_sequence_by_centre (
    centre_id      VARCHAR(20) NOT NULL,
    service_code   VARCHAR(2)  NOT NULL,
    service_day    VARCHAR(10) NOT NULL,
    last_number    INTEGER     NOT NULL,
    last_issued_at BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (centre_id, service_code, service_day)
);
INSERT INTO ticket_sequence_by_centre (centre_id, service_code, service_day, last_number, last_issued_at)
SELECT 'main', service_code, service_day, last_number, last_issued_at FROM ticket_sequence;
DROP TABLE ticket_sequence;
ALTER TABLE ticket_sequence_by_centre RENAME TO ticket_sequence;
