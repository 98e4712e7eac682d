package org.clusterforum.group.service;

/** What waits for a member in groups: invitations to answer, and requests to join groups they own. */
public record GroupsWaiting(long invitations, long requests) {
}
