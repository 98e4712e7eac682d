package org.clusterforum.moderation.model;

/**
 * What a queue entry is about: a reported post (discussion post, challenge or answer), a reported member, or a new
 * member's post waiting for approval.
 */
public enum ReviewTarget {
    POST,
    MEMBER,
    APPROVAL
}
