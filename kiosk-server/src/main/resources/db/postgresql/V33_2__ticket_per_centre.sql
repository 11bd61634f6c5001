-- PostgreSQL only (SQLite has its own V33_2), issue 21: ticket numbers are unique per centre, not per database;
-- the queue indexes lead with the centre; the waiting counts (kept by the trigger of V22) are kept per centre.
ALTER TABLE ticket DROP CONSTRAINT ticket_issue_service_service_day_number_key;
ALTER TABLE ticket ADD CONSTRAINT ticket_centre_number UNIQUE (centre_id, issue_service, service_day, number);
DROP INDEX ticket_queue;
CREATE INDEX ticket_queue ON ticket (centre_id, service_code, status, service_day, priority_rank, issued_at, number);
DROP INDEX ticket_done;
CREATE INDEX ticket_done ON ticket (centre_id, service_code, finished_at) WHERE status = 'done';
CREATE INDEX ticket_day ON ticket (centre_id, service_day, status);

DROP TRIGGER ticket_waiting_count ON ticket;
DROP FUNCTION ticket_waiting_count();
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

CREATE FUNCTION ticket_waiting_count() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'waiting' THEN
        UPDATE ticket_waiting SET waiting = waiting - 1
        WHERE centre_id = OLD.centre_id AND service_code = OLD.service_code AND service_day = OLD.service_day
          AND priority_rank = OLD.priority_rank;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status = 'waiting' THEN
        INSERT INTO ticket_waiting (centre_id, service_code, service_day, priority_rank, waiting)
        VALUES (NEW.centre_id, NEW.service_code, NEW.service_day, NEW.priority_rank, 1)
        ON CONFLICT (centre_id, service_code, service_day, priority_rank)
        DO UPDATE SET waiting = ticket_waiting.waiting + 1;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER ticket_waiting_count AFTER INSERT OR DELETE OR UPDATE OF status, service_code, service_day,
    priority_rank ON ticket FOR EACH ROW EXECUTE FUNCTION ticket_waiting_count();
