package org.clusterforum.discussion.service;

import java.io.Serializable;
import java.time.Instant;

/** A reply a moderator may split off into a new thread, as the split page lists it. */
public record SplitCandidate(long id, int position, String authorName, Instant createdAt, String excerpt,
                             boolean deleted, boolean awaitingApproval) implements Serializable {

    /** What the checkbox says: "#4 by Ada Lovelace: Our DTAC took…", marked when not visible to members. */
    public String label() {
        String state = deleted ? " (deleted)" : awaitingApproval ? " (awaiting approval)" : "";
        return "#" + position + " by " + authorName + state + ": " + excerpt;
    }
}
