package org.clusterforum.discussion.service;

import java.io.Serializable;

/**
 * A post as other features cite it (reports, the review queue): where it is, who wrote it, and the start of its
 * plain text. {@code openingWithReplies}: the first post of a thread that has replies (it cannot be hidden alone).
 */
public record PostSummary(long postId, long threadId, String threadTitle, String url, long authorId,
                          String authorName, long spaceId, String spaceName, String excerpt, boolean deleted,
                          boolean challenge, boolean opening, boolean openingWithReplies,
                          boolean awaitingApproval) implements Serializable {

    static final int EXCERPT = 400;
}
