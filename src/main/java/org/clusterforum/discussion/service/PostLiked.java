package org.clusterforum.discussion.service;

/** A member liked a post (fired in the liking transaction; not fired again for a repeated like). */
public record PostLiked(long postId, long postAuthorId, long likerId) {
}
