package org.clusterforum.discussion.service;

import java.time.Instant;

/**
 * A thread in a theme's list, for this viewer: {@code unreadPosts} posts came since they last read it ({@code isNew}
 * when they never opened it), and {@code url} takes them to the first unread post.
 */
public record ThreadItem(long id, String title, long authorId, String authorName, int replyCount, Instant createdAt,
                         Instant lastActivityAt, String lastPosterName, boolean pinned, boolean locked,
                         int unreadPosts, boolean isNew, String url) {

    public boolean hasUnread() {
        return unreadPosts > 0;
    }
}
