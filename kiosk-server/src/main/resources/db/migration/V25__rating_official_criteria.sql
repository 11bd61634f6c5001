-- Issue 23: the official who served (staff user at the counter when the ticket was served, or who received the
-- dossier) with each rating, for reports per official; answers to the centre's optional per-criterion questions as
-- "code=level" pairs, comma-separated. Portable SQL: one column per ALTER TABLE, nullable added columns.
ALTER TABLE rating ADD COLUMN official VARCHAR(64);
ALTER TABLE rating ADD COLUMN criteria VARCHAR(500);
CREATE INDEX rating_official ON rating (official, created_at);
