package org.clusterforum.discussion.service;

import java.time.Instant;

/**
 * A post as search indexes it: only what everyone who may read its space sees (not deleted, not waiting, in a
 * listed thread, not under a deleted challenge). {@code kind}: discussion (an opening post), reply, challenge or
 * answer.
 */
public record SearchablePost(long postId, long threadId, long spaceId, String kind, String title, String text,
                             long authorId, Instant createdAt) {
}
