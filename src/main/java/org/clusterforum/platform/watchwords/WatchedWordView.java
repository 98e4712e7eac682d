package org.clusterforum.platform.watchwords;

import java.io.Serializable;
import java.time.Instant;

/** A watched word as the administration page lists it. */
public record WatchedWordView(long id, String word, WatchedAction action, String message, Instant addedAt)
        implements Serializable {
}
