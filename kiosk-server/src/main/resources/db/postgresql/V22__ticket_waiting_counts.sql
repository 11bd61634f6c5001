-- PostgreSQL only (SQLite has its own V22): how many tickets wait per service, day and priority rank, kept by a
-- trigger on every insert, update and delete of a ticket, so "people ahead" of a new ticket is two index lookups
-- instead of a count over the whole queue. The row update locks the count row until commit, so concurrent
-- issuers of one queue in any process see each other's tickets in order.
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

CREATE FUNCTION ticket_waiting_count() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'waiting' THEN
        UPDATE ticket_waiting SET waiting = waiting - 1
        WHERE service_code = OLD.service_code AND service_day = OLD.service_day
          AND priority_rank = OLD.priority_rank;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status = 'waiting' THEN
        INSERT INTO ticket_waiting (service_code, service_day, priority_rank, waiting)
        VALUES (NEW.service_code, NEW.service_day, NEW.priority_rank, 1)
        ON CONFLICT (service_code, service_day, priority_rank)
        DO UPDATE SET waiting = ticket_waiting.waiting + 1;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER ticket_waiting_count AFTER INSERT OR DELETE OR UPDATE OF status, service_code, service_day,
    priority_rank ON ticket FOR EACH ROW EXECUTE FUNCTION ticket_waiting_count();
