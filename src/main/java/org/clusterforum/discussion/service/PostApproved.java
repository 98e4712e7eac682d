package org.clusterforum.discussion.service;

/** A post that waited for approval was approved (the review queue closes its entry). */
public record PostApproved(long postId, long approverId) {
}
