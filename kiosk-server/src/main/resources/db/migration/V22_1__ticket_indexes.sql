-- Queue order ends with the ticket number (tickets issued in the same millisecond), so "people behind" a ticket
-- is an index range however many tickets share its issue time.
DROP INDEX ticket_queue;
CREATE INDEX ticket_queue ON ticket (service_code, status, service_day, priority_rank, issued_at, number);
-- The wait estimate reads the latest finished tickets of a service; without this index it sorted every finished
-- ticket of the service's whole history at each issue.
CREATE INDEX ticket_done ON ticket (service_code, status, finished_at);
