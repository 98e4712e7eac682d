package org.clusterforum.challenge.model;

/** A tag in use (approved), waiting for a moderator (proposed by a member), or turned down. */
public enum TagStatus {
    APPROVED,
    PROPOSED,
    REJECTED
}
