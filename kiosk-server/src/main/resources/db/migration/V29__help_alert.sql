-- Calls for help from kiosks ("Gọi hỗ trợ / Call for help", issue 25): the kiosk and its screen, never personal data;
-- acknowledged by a staff member ("I'm going"), which the audit log also records.
CREATE TABLE help_alert (
    id              VARCHAR(36) PRIMARY KEY,
    kiosk_id        VARCHAR(36) NOT NULL,
    screen          VARCHAR(40) NOT NULL,
    raised_at       BIGINT      NOT NULL,
    acknowledged_at BIGINT,
    acknowledged_by VARCHAR(64)
);

CREATE INDEX help_alert_kiosk_open ON help_alert (kiosk_id, acknowledged_at);
