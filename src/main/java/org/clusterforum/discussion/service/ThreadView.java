package org.clusterforum.discussion.service;

import java.io.Serializable;
import java.time.Instant;

/**
 * A thread's heading on its page, and what the viewer may do there. A deleted thread reaches only moderators, who
 * see why it was deleted.
 */
public record ThreadView(long id, String title, long authorId, String authorName, String themeName,
                         String themeSlug, int postCount, int replyCount, Instant createdAt, boolean pinned,
                         boolean locked, boolean viewerMayReply, boolean viewerWatching,
                         boolean challenge, String spaceUrl, boolean inGroup, Instant pinnedUntil,
                         String lockReason, boolean deleted, String deleteReason, boolean viewerMayModerate,
                         int slowModeSeconds, boolean awaitingApproval, boolean archived, int positionCount)
        implements Serializable {

    /**
     * Whether the thread has more than one page of posts (deleted and waiting posts keep their places). Known from
     * the thread itself, so a postback that renders no posts (a draft being saved) need not read them to decide.
     */
    public boolean severalPages() {
        return positionCount > DiscussionService.POSTS_PER_PAGE;
    }

    /** "5 minutes" while slow mode is on, else null. */
    public String slowModeInterval() {
        return slowModeSeconds == 0 ? null : ThreadModeration.interval(slowModeSeconds);
    }
}
