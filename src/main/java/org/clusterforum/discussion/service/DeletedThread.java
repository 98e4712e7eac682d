package org.clusterforum.discussion.service;

import java.io.Serializable;
import java.time.Instant;

/** A deleted discussion as the moderators' list shows it: where it was, when, by whom and why. */
public record DeletedThread(long id, String title, String spaceName, Instant deletedAt, String deletedByName,
                            String reason) implements Serializable {
}
