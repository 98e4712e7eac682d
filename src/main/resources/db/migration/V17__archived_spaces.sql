-- An archived space (a theme an administrator retired) is read-only: it stays readable, takes no new posts.
ALTER TABLE FORUM_SPACE ADD COLUMN ARCHIVED BOOLEAN NOT NULL DEFAULT FALSE;
