package org.clusterforum.discussion.model;

import java.time.Instant;

/**
 * A thread as a line in a list: read in one query with its author's and last poster's names and, in a reader's
 * list, how far they have read it ({@code readerPosition}, null when they never opened it).
 */
public record ThreadRow(long id, String title, long authorId, String authorName, int replyCount, Instant createdAt,
                        Instant lastActivityAt, String lastPosterName, boolean pinned, boolean locked,
                        int positionCount, Integer readerPosition) {

    /** A row in a reader's list; {@code readMarkId} is null when they never opened the thread. */
    public ThreadRow(long id, String title, long authorId, String authorName, int replyCount, Instant createdAt,
                     Instant lastActivityAt, String lastPosterName, boolean pinned, boolean locked,
                     int positionCount, Long readMarkId, int readPosition) {
        this(id, title, authorId, authorName, replyCount, createdAt, lastActivityAt, lastPosterName, pinned, locked,
                positionCount, readMarkId == null ? null : readPosition);
    }

    /** A row read without a reader. */
    public ThreadRow(long id, String title, long authorId, String authorName, int replyCount, Instant createdAt,
                     Instant lastActivityAt, String lastPosterName, boolean pinned, boolean locked,
                     int positionCount) {
        this(id, title, authorId, authorName, replyCount, createdAt, lastActivityAt, lastPosterName, pinned, locked,
                positionCount, null);
    }
}
