package org.clusterforum.discussion.service;

/**
 * A post that waited for approval was approved (the review queue closes its entry; a challenge or an answer
 * starts to count). {@code openingPost}: it opened its thread; {@code published}: it was not deleted meanwhile, so
 * it now shows.
 */
public record PostApproved(long postId, long approverId, long threadId, boolean openingPost, boolean published,
                           long authorId) {
}
