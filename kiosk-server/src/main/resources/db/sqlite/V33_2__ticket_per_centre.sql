-- SQLite only (PostgreSQL has its own V33_2), issue 21: ticket numbers are unique per centre, not per database, so
-- the ticket table is rebuilt with UNIQUE (centre_id, issue_service, service_day, number) (SQLite cannot drop a
-- table constraint); its indexes lead with the centre; the waiting counts are kept per centre.
DROP TRIGGER ticket_waiting_insert;
DROP TRIGGER ticket_waiting_leave;
DROP TRIGGER ticket_waiting_enter;
DROP TRIGGER ticket_waiting_delete;

CREATE TABLE ticket_by_centre (
    id                VARCHAR(36)  PRIMARY KEY,
    centre_id         VARCHAR(20)  NOT NULL DEFAULT 'main',
    issue_service     VARCHAR(2)   NOT NULL,
    service_code      VARCHAR(2)   NOT NULL,
    service_day       VARCHAR(10)  NOT NULL,
    number            INTEGER      NOT NULL,
    priority_class    VARCHAR(20)  NOT NULL,
    priority_rank     INTEGER      NOT NULL,
    status            VARCHAR(12)  NOT NULL,
    issued_at         BIGINT       NOT NULL,
    called_at         BIGINT,
    serving_at        BIGINT,
    finished_at       BIGINT,
    counter_id        VARCHAR(20),
    recall_count      INTEGER      NOT NULL DEFAULT 0,
    transferred_from  VARCHAR(2),
    kiosk_id          VARCHAR(36),
    idempotency_key   VARCHAR(64),
    void_reason       VARCHAR(200),
    offline_number    VARCHAR(20),
    offline_issued_at BIGINT,
    UNIQUE (centre_id, issue_service, service_day, number),
    UNIQUE (kiosk_id, idempotency_key)
);
INSERT INTO ticket_by_centre (id, centre_id, issue_service, service_code, service_day, number, priority_class,
    priority_rank, status, issued_at, called_at, serving_at, finished_at, counter_id, recall_count, transferred_from,
    kiosk_id, idempotency_key, void_reason, offline_number, offline_issued_at)
SELECT id, centre_id, issue_service, service_code, service_day, number, priority_class, priority_rank, status,
    issued_at, called_at, serving_at, finished_at, counter_id, recall_count, transferred_from, kiosk_id,
    idempotency_key, void_reason, offline_number, offline_issued_at FROM ticket;
DROP TABLE ticket;
ALTER TABLE ticket_by_centre RENAME TO ticket;

CREATE INDEX ticket_queue ON ticket (centre_id, service_code, status, service_day, priority_rank, issued_at, number);
CREATE INDEX ticket_counter ON ticket (counter_id, status) WHERE counter_id IS NOT NULL;
CREATE INDEX ticket_done ON ticket (centre_id, service_code, finished_at) WHERE status = 'done';
CREATE INDEX ticket_day ON ticket (centre_id, service_day, status);

DROP TABLE ticket_waiting;
CREATE TABLE ticket_waiting (
    centre_id     VARCHAR(20) NOT NULL,
    service_code  VARCHAR(2)  NOT NULL,
    service_day   VARCHAR(10) NOT NULL,
    priority_rank INTEGER     NOT NULL,
    waiting       INTEGER     NOT NULL,
    PRIMARY KEY (centre_id, service_code, service_day, priority_rank)
);
INSERT INTO ticket_waiting (centre_id, service_code, service_day, priority_rank, waiting)
SELECT centre_id, service_code, service_day, priority_rank, COUNT(*) FROM ticket WHERE status = 'waiting'
GROUP BY centre_id, service_code, service_day, priority_rank;

CREATE TRIGGER ticket_waiting_insert AFTER INSERT ON ticket WHEN NEW.status = 'waiting'
BEGIN
    INSERT INTO ticket_waiting (centre_id, service_code, service_day, priority_rank, waiting)
    VALUES (NEW.centre_id, NEW.service_code, NEW.service_day, NEW.priority_rank, 1)
    ON CONFLICT (centre_id, service_code, service_day, priority_rank) DO UPDATE SET waiting = waiting + 1;
END;

CREATE TRIGGER ticket_waiting_leave AFTER UPDATE OF status, service_code, service_day, priority_rank ON ticket
WHEN OLD.status = 'waiting'
BEGIN
    UPDATE ticket_waiting SET waiting = waiting - 1
    WHERE centre_id = OLD.centre_id AND service_code = OLD.service_code AND service_day = OLD.service_day
      AND priority_rank = OLD.priority_rank;
END;

CREATE TRIGGER ticket_waiting_enter AFTER UPDATE OF status, service_code, service_day, priority_rank ON ticket
WHEN NEW.status = 'waiting'
BEGIN
    INSERT INTO ticket_waiting (centre_id, service_code, service_day, priority_rank, waiting)
    VALUES (NEW.centre_id, NEW.service_code, NEW.service_day, NEW.priority_rank, 1)
    ON CONFLICT (centre_id, service_code, service_day, priority_rank) DO UPDATE SET waiting = waiting + 1;
END;

CREATE TRIGGER ticket_waiting_delete AFTER DELETE ON ticket WHEN OLD.status = 'waiting'
BEGIN
    UPDATE ticket_waiting SET waiting = waiting - 1
    WHERE centre_id = OLD.centre_id AND service_code = OLD.service_code AND service_day = OLD.service_day
      AND priority_rank = OLD.priority_rank;
END;
