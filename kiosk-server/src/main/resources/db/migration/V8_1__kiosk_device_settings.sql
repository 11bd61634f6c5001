-- Device settings a technician edits on the server for one kiosk; the kiosk fetches them on its next contact
-- and reports the version it applied. (Version 8.1: added by the staff pages, issue 8.)
CREATE TABLE kiosk_device_settings (
    kiosk_id        VARCHAR(36)   PRIMARY KEY,
    settings        VARCHAR(4000) NOT NULL,
    version         INTEGER       NOT NULL,
    updated_at      BIGINT        NOT NULL,
    updated_by      VARCHAR(64)   NOT NULL,
    applied_version INTEGER,
    applied_at      BIGINT,
    apply_error     VARCHAR(500)
);
