package org.clusterforum.discussion.service;

import java.time.Instant;

/** A post in a member's recent activity, with the URL that jumps to it. */
public record RecentPost(String threadTitle, Instant createdAt, String url) {
}
