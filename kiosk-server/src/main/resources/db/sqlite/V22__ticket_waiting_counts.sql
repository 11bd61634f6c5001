-- SQLite only (PostgreSQL has its own V22): how many tickets wait per service, day and priority rank, kept by
-- triggers on every insert, update and delete of a ticket, so "people ahead" of a new ticket is two index
-- lookups instead of a count over the whole queue (which grew with the queue: 1.4 ms at 5,000 waiting).
CREATE TABLE ticket_waiting (
    service_code  VARCHAR(2)  NOT NULL,
    service_day   VARCHAR(10) NOT NULL,
    priority_rank INTEGER     NOT NULL,
    waiting       INTEGER     NOT NULL,
    PRIMARY KEY (service_code, service_day, priority_rank)
);

INSERT INTO ticket_waiting (service_code, service_day, priority_rank, waiting)
SELECT service_code, service_day, priority_rank, COUNT(*) FROM ticket WHERE status = 'waiting'
GROUP BY service_code, service_day, priority_rank;

CREATE TRIGGER ticket_waiting_insert AFTER INSERT ON ticket WHEN NEW.status = 'waiting'
BEGIN
    INSERT INTO ticket_waiting (service_code, service_day, priority_rank, waiting)
    VALUES (NEW.service_code, NEW.service_day, NEW.priority_rank, 1)
    ON CONFLICT (service_code, service_day, priority_rank) DO UPDATE SET waiting = waiting + 1;
END;

CREATE TRIGGER ticket_waiting_leave AFTER UPDATE OF status, service_code, service_day, priority_rank ON ticket
WHEN OLD.status = 'waiting'
BEGIN
    UPDATE ticket_waiting SET waiting = waiting - 1
    WHERE service_code = OLD.service_code AND service_day = OLD.service_day AND priority_rank = OLD.priority_rank;
END;

CREATE TRIGGER ticket_waiting_enter AFTER UPDATE OF status, service_code, service_day, priority_rank ON ticket
WHEN NEW.status = 'waiting'
BEGIN
    INSERT INTO ticket_waiting (service_code, service_day, priority_rank, waiting)
    VALUES (NEW.service_code, NEW.service_day, NEW.priority_rank, 1)
    ON CONFLICT (service_code, service_day, priority_rank) DO UPDATE SET waiting = waiting + 1;
END;

CREATE TRIGGER ticket_waiting_delete AFTER DELETE ON ticket WHEN OLD.status = 'waiting'
BEGIN
    UPDATE ticket_waiting SET waiting = waiting - 1
    WHERE service_code = OLD.service_code AND service_day = OLD.service_day AND priority_rank = OLD.priority_rank;
END;
