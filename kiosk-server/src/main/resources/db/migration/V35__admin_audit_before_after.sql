-- Issue 21, live administration: every change made on the admin pages is audited with the record as it was before
-- and as it is after (JSON text, never personal data of citizens). Portable SQL: one column per ALTER TABLE.
ALTER TABLE audit_log ADD COLUMN before_value TEXT;
ALTER TABLE audit_log ADD COLUMN after_value TEXT;
CREATE INDEX audit_log_centre ON audit_log (centre_id, at);

-- A single-centre install's admins administered the whole deployment: they keep doing so as province admins
-- (role 'admin' at '*'), so the one who turns the install into a province can create its other centres.
INSERT INTO staff_grant (username, centre_id, role, created_at)
    SELECT username, '*', 'admin', created_at FROM staff WHERE role = 'admin';
