-- Digitisation (issue 8): every batch of scanned pages joined into a dossier's single PDF, with who added it and when.
-- The joined PDF itself lives in the data folder (dossiers/CODE/pages.pdf); this table lists what went into it.
-- No file names are kept (a citizen's name is often in one).
CREATE TABLE dossier_page_upload (
    id            VARCHAR(36) PRIMARY KEY,
    dossier_code  VARCHAR(64) NOT NULL,
    at            BIGINT      NOT NULL,
    actor         VARCHAR(64) NOT NULL,
    -- jpeg, png or pdf (what the bytes are, whatever the browser called them)
    kind          VARCHAR(8)  NOT NULL,
    upload_bytes  BIGINT      NOT NULL,
    pages_added   INTEGER     NOT NULL,
    page_count    INTEGER     NOT NULL
);
CREATE INDEX dossier_page_upload_code ON dossier_page_upload (dossier_code, at);
