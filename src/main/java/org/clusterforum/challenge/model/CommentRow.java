package org.clusterforum.challenge.model;

import java.time.Instant;

/** A comment with its author's name. */
public record CommentRow(long id, long postId, long authorId, String authorName, String body, Instant createdAt) {
}
