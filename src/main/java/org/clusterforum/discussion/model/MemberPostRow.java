package org.clusterforum.discussion.model;

import java.time.Instant;

/** A member's post as listed on their profile. */
public record MemberPostRow(long postId, int position, long threadId, String threadTitle, Instant createdAt) {
}
