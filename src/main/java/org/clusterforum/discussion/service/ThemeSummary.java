package org.clusterforum.discussion.service;

import java.io.Serializable;
import java.time.Instant;

/**
 * A theme on the home page: counts and its most recently active thread (if any); a sub-theme names its parent,
 * and an archived theme is read-only.
 */
public record ThemeSummary(long id, String name, String slug, String description, int threadCount, int postCount,
                           Instant lastActivityAt, Long lastThreadId, String lastThreadTitle,
                           long unreadThreads, String parentName, boolean archived) implements Serializable {

    public boolean subTheme() {
        return parentName != null;
    }
}
