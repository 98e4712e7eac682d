package org.clusterforum.discussion.model;

import org.clusterforum.platform.space.Space;

/**
 * A thread with what its page needs about it, read in one statement: its space (for the access check), its
 * author's name, and, for a signed-in reader, whether they watch it, how far they have read and whether they
 * left a draft reply.
 */
public record ThreadHead(ForumThread thread, Space space, long authorId, String authorName, boolean watching,
                         Integer lastReadPosition, boolean hasDraft) {
}
