package org.clusterforum.discussion.service;

import java.io.Serializable;
import java.time.Instant;

/** A theme on the home page: counts and its most recently active thread (if any). */
public record ThemeSummary(long id, String name, String slug, String description, int threadCount, int postCount,
                           Instant lastActivityAt, Long lastThreadId, String lastThreadTitle,
                           long unreadThreads) implements Serializable {
}
