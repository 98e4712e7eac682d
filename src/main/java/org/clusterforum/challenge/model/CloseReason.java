package org.clusterforum.challenge.model;

/** Why a moderator closed a challenge. Stored by name. */
public enum CloseReason {
    DUPLICATE("A duplicate of another challenge"),
    OFF_TOPIC("Not a question for this cluster"),
    RESOLVED_ELSEWHERE("Resolved elsewhere"),
    OTHER("Another reason");

    private final String label;

    CloseReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
