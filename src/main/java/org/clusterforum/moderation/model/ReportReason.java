package org.clusterforum.moderation.model;

/** Why a member reports something. Stored by name. */
public enum ReportReason {
    SPAM("Spam or advertising"),
    ABUSIVE("Abusive or disrespectful"),
    OFF_TOPIC("Off-topic"),
    CONFIDENTIAL("Confidential information (patients' data, commercial secrets)"),
    OTHER("Something else");

    private final String label;

    ReportReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
