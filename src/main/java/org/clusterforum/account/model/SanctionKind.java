package org.clusterforum.account.model;

/** What moderators did to restrain a member. Stored by name. */
public enum SanctionKind {
    /** A private message to the member, recorded; no restriction. */
    WARN("Warning"),
    /** Can read, cannot post, until a date. */
    SILENCE("Silenced"),
    /** Cannot sign in, until a date or until lifted. */
    SUSPEND("Suspended");

    private final String label;

    SanctionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
