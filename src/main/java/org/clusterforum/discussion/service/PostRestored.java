package org.clusterforum.discussion.service;

/**
 * A moderator restored a deleted post (in the restoring transaction): features built on posts (challenges and
 * their answers) put back what its deletion took away, or refuse with {@code Forbidden}, which undoes it all.
 */
public record PostRestored(long postId, long threadId, boolean openingPost) {
}
