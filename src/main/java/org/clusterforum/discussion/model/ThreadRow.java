package org.clusterforum.discussion.model;

import java.time.Instant;

/** A thread as a line in a list: read in one query with its author's and last poster's names. */
public record ThreadRow(long id, String title, long authorId, String authorName, int replyCount, Instant createdAt,
                        Instant lastActivityAt, String lastPosterName, boolean pinned, boolean locked,
                        int positionCount) {
}
