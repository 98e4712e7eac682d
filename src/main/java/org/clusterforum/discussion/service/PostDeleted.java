package org.clusterforum.discussion.service;

/** A post of a thread was (soft-)deleted (fired in the deleting transaction); the opening post or a reply. */
public record PostDeleted(long postId, long threadId, boolean openingPost) {
}
