package org.clusterforum.discussion.service;

/** A new member's post waits for a moderator's approval (the review queue opens an entry for it). */
public record PostAwaitingApproval(long postId, long spaceId) {
}
