-- Appointments (issue 24): what a centre offers to book, and the bookings made on the public booking page.
-- booking_slot: one row per centre, queue service, ISO weekday (1 = Monday .. 7 = Sunday) and slot start; times are
-- minutes after the centre's local midnight. Set by the centre admin; capacity 0 closes a slot without losing it.
CREATE TABLE booking_slot (
    centre_id    VARCHAR(20) NOT NULL,
    service_code VARCHAR(20) NOT NULL,
    weekday      INTEGER     NOT NULL,
    start_minute INTEGER     NOT NULL,
    end_minute   INTEGER     NOT NULL,
    capacity     INTEGER     NOT NULL,
    updated_at   BIGINT      NOT NULL,
    PRIMARY KEY (centre_id, service_code, weekday, start_minute)
);

-- A booking: its code (the citizen's key to it, unguessable) and the QR payload the kiosk scans; the slot it holds;
-- the contact and optional ID number (personal data: erased by the retention job, personal_data_erased_at);
-- contact_key and client_key are SHA-256 digests of the contact and the booking address, only for the daily abuse
-- limits (erased with the rest). Status: booked, checked_in, cancelled, no_show. Only booked and checked_in bookings
-- take a place in their slot. reminded_at: when the day-before reminder went to BookingNotices.
CREATE TABLE booking (
    code                    VARCHAR(16)  PRIMARY KEY,
    qr_payload              VARCHAR(64)  NOT NULL,
    centre_id               VARCHAR(20)  NOT NULL,
    service_code            VARCHAR(20)  NOT NULL,
    procedure_code          VARCHAR(64),
    service_day             VARCHAR(10)  NOT NULL,
    start_minute            INTEGER      NOT NULL,
    end_minute              INTEGER      NOT NULL,
    phone                   VARCHAR(20),
    email                   VARCHAR(254),
    id_number               VARCHAR(12),
    contact_key             VARCHAR(64),
    client_key              VARCHAR(64),
    status                  VARCHAR(16)  NOT NULL,
    created_day             VARCHAR(10)  NOT NULL,
    created_at              BIGINT       NOT NULL,
    updated_at              BIGINT       NOT NULL,
    checked_in_at           BIGINT,
    ticket_id               VARCHAR(64),
    in_window               INTEGER,
    reminded_at             BIGINT,
    personal_data_erased_at BIGINT
);

CREATE INDEX booking_slot_taken ON booking (centre_id, service_code, service_day, start_minute, status);
CREATE INDEX booking_centre_day ON booking (centre_id, service_day);
CREATE INDEX booking_contact_day ON booking (contact_key, created_day);
CREATE INDEX booking_client_day ON booking (client_key, created_day);
