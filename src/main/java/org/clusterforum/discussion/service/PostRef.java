package org.clusterforum.discussion.service;

/**
 * Enough about a post to mention it elsewhere (notifications, emails): its thread's title, its URL, whether the
 * thread is a challenge, and the start of its text.
 */
public record PostRef(long postId, String threadTitle, String url, boolean challenge, String excerpt) {
}
