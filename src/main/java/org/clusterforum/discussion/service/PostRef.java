package org.clusterforum.discussion.service;

/**
 * Enough about a post to mention it elsewhere (notifications): its thread's title, its URL and whether the thread
 * is a challenge.
 */
public record PostRef(long postId, String threadTitle, String url, boolean challenge) {
}
