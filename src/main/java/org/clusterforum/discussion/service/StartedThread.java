package org.clusterforum.discussion.service;

/** A thread just started: its id and its opening post's id. */
public record StartedThread(long threadId, long openingPostId) {
}
