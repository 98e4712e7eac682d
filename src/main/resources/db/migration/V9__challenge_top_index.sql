-- "Top this month" sorts the last month's challenges by score: read from this index alone (no table rows).
CREATE INDEX IX_CHALLENGE_RECENT_SCORE ON CHALLENGE (SPACE_ID, DELETED, CREATED_AT, SCORE, ID);
