-- Thread pages read a post's attachments only when the page has some: a count on the post says so.
ALTER TABLE FORUM_POST ADD COLUMN ATTACHMENT_COUNT INT NOT NULL DEFAULT 0;
UPDATE FORUM_POST SET ATTACHMENT_COUNT = (SELECT COUNT(*) FROM ATTACHMENT A WHERE A.POST_ID = FORUM_POST.ID)
    WHERE ID IN (SELECT POST_ID FROM ATTACHMENT);

-- "New threads" for a member are those started recently: found by start time, not by scanning every thread.
CREATE INDEX IX_THREAD_CREATED ON FORUM_THREAD (CREATED_AT);

-- A theme's thread list in display order straight from the index (no sort), read index-only to find a page.
DROP INDEX IX_THREAD_SPACE_ORDER;
CREATE INDEX IX_THREAD_SPACE_ORDER ON FORUM_THREAD (SPACE_ID, PINNED DESC, LAST_ACTIVITY_AT DESC, ID DESC);
