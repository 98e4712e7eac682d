package org.clusterforum.group.model;

/** Where an invitation or join request stands. An invitation past its expiry is shown as expired. */
public enum EntryState {
    PENDING("Pending"),
    ACCEPTED("Accepted"),
    DECLINED("Declined"),
    WITHDRAWN("Withdrawn"),
    REFUSED("Refused");

    private final String label;

    EntryState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
