package org.clusterforum.discussion.service;

/** Enough about a post to mention it elsewhere (notifications): its thread's title and its URL. */
public record PostRef(long postId, String threadTitle, String url) {
}
