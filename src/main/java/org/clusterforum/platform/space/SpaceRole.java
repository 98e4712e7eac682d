package org.clusterforum.platform.space;

/** A member's place in a space with members (a group): owners manage it, members take part. */
public enum SpaceRole {
    OWNER("Owner"),
    MEMBER("Member");

    private final String label;

    SpaceRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
