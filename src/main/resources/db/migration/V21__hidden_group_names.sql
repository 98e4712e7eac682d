-- Derby syntax (PostgreSQL: ALTER COLUMN NAME_KEY DROP NOT NULL), for the per-vendor migrations to come.
-- Group names are unique among listed (public and private) groups only. A hidden group keeps no NAME_KEY, so
-- nobody learns that a hidden group exists by trying its name (new hidden groups still avoid listed names).
ALTER TABLE FORUM_GROUP ALTER COLUMN NAME_KEY NULL;
UPDATE FORUM_GROUP SET NAME_KEY = NULL WHERE VISIBILITY = 'HIDDEN';
