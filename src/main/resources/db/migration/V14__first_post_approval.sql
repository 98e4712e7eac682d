-- Approval of new members' first posts. AWAITING_SINCE (null: approved) on posts, and on a thread whose opening
-- post waits: such a thread is not listed (FORUM_THREAD.DELETED now means "not listed": deleted, or waiting).
ALTER TABLE FORUM_POST ADD COLUMN AWAITING_SINCE TIMESTAMP;
ALTER TABLE FORUM_THREAD ADD COLUMN AWAITING_SINCE TIMESTAMP;

-- The review queue also holds posts waiting for approval.
ALTER TABLE REVIEW_ITEM DROP CONSTRAINT CK_REVIEW_KIND;
ALTER TABLE REVIEW_ITEM ADD CONSTRAINT CK_REVIEW_KIND CHECK (TARGET_KIND IN ('POST', 'MEMBER', 'APPROVAL'));

-- Site settings administrators change in pages (a row overrides the configured default).
CREATE TABLE SITE_SETTING (
    NAME       VARCHAR(60)  NOT NULL PRIMARY KEY,
    SETTING    VARCHAR(500) NOT NULL,
    VERSION    BIGINT       NOT NULL,
    UPDATED_AT TIMESTAMP    NOT NULL
);
