-- Staff sessions end after staff.sessionIdleMinutes without use (OWASP ASVS V3.3.2), besides their absolute end:
-- when the session was last used, epoch milliseconds (NULL for sessions made before this migration: created_at).
ALTER TABLE staff_session ADD COLUMN last_used_at BIGINT;
