package org.clusterforum.challenge.service;

import java.io.Serializable;
import java.time.Instant;

/** A comment under a challenge or answer, and whether the viewer may delete it. */
public record CommentView(long id, long authorId, String authorName, String body, Instant createdAt,
                          boolean viewerMayDelete) implements Serializable {
}
