-- Retention (Decree 13/2023: personal data kept no longer than needed): when the applicant's personal data of a
-- closed dossier was erased, epoch milliseconds; NULL while it is kept. Code, status, timeline and figures stay.
-- Portable SQL (SQLite and PostgreSQL).
ALTER TABLE dossier ADD COLUMN personal_data_erased_at BIGINT;
CREATE INDEX dossier_retention ON dossier (status, personal_data_erased_at, updated_at);
