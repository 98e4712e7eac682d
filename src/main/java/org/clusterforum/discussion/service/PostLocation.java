package org.clusterforum.discussion.service;

/** Where a post lives: its thread, its page there and its anchor, for redirecting after posting. */
public record PostLocation(long threadId, long postId, int position, int page) {

    public String url() {
        return "/threads/thread?id=" + threadId + (page > 1 ? "&page=" + page : "") + "#post-" + position;
    }
}
