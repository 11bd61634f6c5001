-- An admin's temporary password (finding 7): the user must change it before doing anything else.
ALTER TABLE staff ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
