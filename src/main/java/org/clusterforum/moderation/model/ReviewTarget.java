package org.clusterforum.moderation.model;

/** What a queue entry is about: a post (discussion post, challenge or answer) or a member. */
public enum ReviewTarget {
    POST,
    MEMBER
}
