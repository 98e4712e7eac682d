package org.clusterforum.challenge.service;

import java.io.Serializable;

/** A challenge comment as a report and the review queue show it, with where it lives. */
public record CommentSummary(long id, long challengeId, String challengeTitle, long authorId, String authorName,
                             String text, long spaceId, String spaceName, boolean deleted) implements Serializable {

    /** The address of the challenge page, at the post the comment is under. */
    public String url() {
        return "/challenges/challenge?id=" + challengeId;
    }
}
