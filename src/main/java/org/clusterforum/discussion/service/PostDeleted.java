package org.clusterforum.discussion.service;

/** A post was (soft-)deleted (fired in the deleting transaction). */
public record PostDeleted(long postId) {
}
