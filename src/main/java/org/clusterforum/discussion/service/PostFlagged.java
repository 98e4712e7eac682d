package org.clusterforum.discussion.service;

/**
 * A published post (or its edit) contains a watched word that asks for review: the review queue opens an entry
 * for it (or adds the note to the one already open), after the post is committed.
 */
public record PostFlagged(long postId, long spaceId, String note) {
}
