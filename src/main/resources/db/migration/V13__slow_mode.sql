-- Slow mode: the least time, in seconds, between two posts of one member in the thread (0: off).
ALTER TABLE FORUM_THREAD ADD COLUMN SLOW_MODE_SECONDS INTEGER NOT NULL DEFAULT 0;
