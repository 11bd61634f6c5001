-- A new ticket has no counter and is not done, yet it was entered into both of these indexes: two more B-tree
-- inserts, and two more pages written to the log, for every ticket issued. As partial indexes they hold only the
-- rows their queries look for (a counter's current ticket; a service's latest finished tickets for the wait
-- estimate), so issuing a ticket no longer touches them. Both queries name the indexed condition
-- ("counter_id = ?" implies "counter_id IS NOT NULL"), on SQLite and PostgreSQL alike.
DROP INDEX ticket_counter;
CREATE INDEX ticket_counter ON ticket (counter_id, status) WHERE counter_id IS NOT NULL;
DROP INDEX ticket_done;
CREATE INDEX ticket_done ON ticket (service_code, finished_at) WHERE status = 'done';
