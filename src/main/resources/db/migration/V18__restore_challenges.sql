-- A deleted challenge leaves its tags (so tag lists need not look at deleted challenges); the tags it had are
-- kept here, "3,7,9", so restoring it gives them back.
ALTER TABLE CHALLENGE ADD COLUMN REMOVED_TAG_IDS VARCHAR(200);
