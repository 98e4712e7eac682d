package org.clusterforum.challenge.model;

/** Where a challenge stands: open (no answers yet) → answered → solved (an answer accepted); or closed. */
public enum ChallengeStatus {
    OPEN("Open"),
    ANSWERED("Answered"),
    SOLVED("Solved"),
    CLOSED("Closed");

    private final String label;

    ChallengeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
