package org.clusterforum.discussion.service;

import java.time.Instant;
import java.util.List;

/** A theme and its newest threads, for its feed. */
public record NewestThreads(ThemeView theme, List<Entry> entries) {

    /** A thread as a feed shows it: who started it, when, its address and the start of its opening post. */
    public record Entry(long id, String title, String authorName, Instant createdAt, Instant lastActivityAt,
                        String url, String excerpt) {
    }
}
