-- Issue 22: a kiosk prepares a dossier; only an official receives it (Decree 118/2025/ND-CP). Portable SQL (SQLite
-- and PostgreSQL). SQLite cannot drop NOT NULL from a column, so the dossier table is rebuilt: received_at and
-- appointment_at become nullable (a prepared dossier has neither yet), and the new columns are added:
--   preparation_code  the kiosk's code of a prepared dossier (NULL for dossiers filed before this change)
--   prepared_at       when the kiosk prepared it, epoch milliseconds
--   official_code     the dossier code issued by the portal / provincial system, recorded on reception
--   reception         pending | official | kiosk_legacy (received by the kiosk itself before this change)
--   received_by       the official who received it (user name)
--   agency_code       the centre (centre.agencyCode) the dossier was prepared at
CREATE TABLE dossier_v27 (
    code             VARCHAR(64)  PRIMARY KEY,
    procedure_code   VARCHAR(40)  NOT NULL,
    ticket_id        VARCHAR(36),
    status           VARCHAR(20)  NOT NULL,
    received_at      BIGINT,
    appointment_at   VARCHAR(19),
    appointment_provisional INTEGER NOT NULL,
    delivery         VARCHAR(10)  NOT NULL,
    applicant_name   VARCHAR(200) NOT NULL,
    applicant_id     VARCHAR(12)  NOT NULL,
    phone            VARCHAR(15),
    postal_address   VARCHAR(500),
    kiosk_id         VARCHAR(36),
    idempotency_key  VARCHAR(64),
    applicant_birth_date VARCHAR(10),
    applicant_address VARCHAR(500),
    email            VARCHAR(254),
    documents        VARCHAR(12000),
    sets             INTEGER,
    processing_days  INTEGER,
    service_code     VARCHAR(2),
    fee_vnd          BIGINT,
    postal_fee_vnd   BIGINT,
    consent_at       BIGINT,
    log_entry        VARCHAR(20),
    tracking_number  VARCHAR(40),
    updated_at       BIGINT,
    personal_data_erased_at BIGINT,
    preparation_code VARCHAR(16),
    prepared_at      BIGINT,
    official_code    VARCHAR(64),
    reception        VARCHAR(20)  NOT NULL,
    received_by      VARCHAR(64),
    agency_code      VARCHAR(40),
    UNIQUE (kiosk_id, idempotency_key),
    UNIQUE (preparation_code),
    UNIQUE (official_code)
);

-- Every dossier filed before this change was marked received by the kiosk: it stays readable as it was, marked
-- kiosk_legacy (shown as "received at the kiosk (before official reception)").
INSERT INTO dossier_v27 (code, procedure_code, ticket_id, status, received_at, appointment_at,
        appointment_provisional, delivery, applicant_name, applicant_id, phone, postal_address, kiosk_id,
        idempotency_key, applicant_birth_date, applicant_address, email, documents, sets, processing_days,
        service_code, fee_vnd, postal_fee_vnd, consent_at, log_entry, tracking_number, updated_at,
        personal_data_erased_at, reception)
    SELECT code, procedure_code, ticket_id, status, received_at, appointment_at, appointment_provisional, delivery,
        applicant_name, applicant_id, phone, postal_address, kiosk_id, idempotency_key, applicant_birth_date,
        applicant_address, email, documents, sets, processing_days, service_code, fee_vnd, postal_fee_vnd,
        consent_at, log_entry, tracking_number, updated_at, personal_data_erased_at, 'kiosk_legacy'
    FROM dossier;

DROP TABLE dossier;
ALTER TABLE dossier_v27 RENAME TO dossier;
CREATE INDEX dossier_retention ON dossier (status, personal_data_erased_at, updated_at);
CREATE INDEX dossier_ticket ON dossier (ticket_id);

-- The scanned checklist documents of a prepared dossier, one PDF per checklist position (base64, as slips are).
CREATE TABLE dossier_document (
    dossier_code VARCHAR(64)  NOT NULL,
    doc_index    INTEGER      NOT NULL,
    pages        INTEGER      NOT NULL,
    bytes        BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    pdf_base64   TEXT         NOT NULL,
    uploaded_at  BIGINT       NOT NULL,
    PRIMARY KEY (dossier_code, doc_index)
);

-- Slips of reception decisions other than the receipt (kept in dossier_slip): kind supplement or refusal, with
-- what the official wrote (missing items as JSON, or the reason).
CREATE TABLE dossier_decision_slip (
    id           VARCHAR(36)  PRIMARY KEY,
    dossier_code VARCHAR(64)  NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    created_at   BIGINT       NOT NULL,
    actor        VARCHAR(64)  NOT NULL,
    detail       VARCHAR(4000) NOT NULL,
    pdf_base64   TEXT
);
CREATE INDEX dossier_decision_slip_code ON dossier_decision_slip (dossier_code, created_at);
