package org.clusterforum.discussion.service;

import java.util.Set;

/**
 * A post became visible (a new thread's opening post or a reply). Fired synchronously inside the posting
 * transaction, so whatever observers write (notifications) commits or rolls back with the post. Every set holds
 * only members who may see the post; the author is never in them. {@code askerId} is the asker
 * of a challenge this post answers (when they may see it); {@code challenge} tells a challenge's posts apart.
 */
public record PostPublished(long postId, long threadId, long authorId, boolean openingPost, Long repliedToAuthorId,
                            Set<Long> mentioned, Set<Long> threadWatchers, Set<Long> spaceWatchers,
                            Long askerId, boolean challenge) {
}
