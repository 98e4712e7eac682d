-- A thread merged into another keeps its row (old links lead on to where its posts went) but no posts.
ALTER TABLE FORUM_THREAD ADD COLUMN MERGED_INTO_ID BIGINT REFERENCES FORUM_THREAD (ID);
