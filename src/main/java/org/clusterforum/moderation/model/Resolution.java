package org.clusterforum.moderation.model;

/** How a queue entry was handled, as its reporters are told. */
public enum Resolution {
    DISMISSED("no action was needed"),
    HIDDEN("the post was hidden"),
    WARNED("the author was warned"),
    SUSPENDED("the member was suspended"),
    APPROVED("the post was approved");

    private final String told;

    Resolution(String told) {
        this.told = told;
    }

    /** What reporters read: "The moderators handled your report: the post was hidden." */
    public String told() {
        return told;
    }
}
