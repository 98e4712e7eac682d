package org.clusterforum.challenge.model;

/**
 * An expert's invitation to answer: pending → accepted (they will answer) or declined (passed to the next
 * expert); answered once they post their answer.
 */
public enum InvitationStatus {
    PENDING("Waiting for a reply"),
    ACCEPTED("Accepted"),
    DECLINED("Declined"),
    ANSWERED("Answered");

    private final String label;

    InvitationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still on the expert's plate: counts against them when ranking for new invitations. */
    public boolean isOpen() {
        return this == PENDING || this == ACCEPTED;
    }
}
