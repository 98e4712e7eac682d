package org.clusterforum.moderation.model;

/**
 * What a queue entry is about: a reported post (discussion post, challenge or answer), a reported member, a post
 * waiting for approval, or a reported comment on a challenge or answer. Stored by name: add, never rename.
 */
public enum ReviewTarget {
    POST,
    MEMBER,
    APPROVAL,
    COMMENT
}
