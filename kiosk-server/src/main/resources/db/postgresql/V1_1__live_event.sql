-- PostgreSQL only: the live events every server process relays to its SSE clients (LISTEN/NOTIFY wakes them).
-- Ids come from one sequence, so they are ordered across processes; it starts at the current epoch
-- microseconds so they are larger than any id a browser kept from a SQLite server (which numbers from its start
-- time in milliseconds times 1000) before the centre moved to PostgreSQL.
CREATE SEQUENCE live_event_id;
SELECT setval('live_event_id', (EXTRACT(EPOCH FROM clock_timestamp()) * 1000000)::bigint);

CREATE TABLE live_event (
    id    BIGINT       PRIMARY KEY,
    type  VARCHAR(40)  NOT NULL,
    data  TEXT         NOT NULL,
    at    BIGINT       NOT NULL
);
