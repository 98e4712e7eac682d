package org.clusterforum.search.service;

import java.time.Instant;

/**
 * What the search index holds, for administrators: its documents (posts, challenges, answers and member profiles),
 * whether a rebuild runs now, and when the last one ended and how long it took (null before any since start).
 */
public record IndexStatus(long documents, boolean rebuilding, Instant lastRebuiltAt, Long lastRebuildMillis) {
}
