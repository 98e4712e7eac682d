package org.clusterforum.discussion.service;

/**
 * A post waits for a moderator's approval (the review queue opens an entry for it): a new member's first posts,
 * or a post with a watched word, which {@code note} names (null for a new member's).
 */
public record PostAwaitingApproval(long postId, long spaceId, String note) {
}
