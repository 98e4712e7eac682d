package org.clusterforum.platform.watchwords;

/** What happens to a text with a watched word, from the mildest; stored by name. */
public enum WatchedAction {
    FLAG("Flag for review", "It is published and also put in the review queue."),
    APPROVAL("Hold for approval", "It waits in the review queue until a moderator approves it."),
    BLOCK("Block", "It is not accepted; the writer sees the message and keeps their text.");

    private final String label;
    private final String effect;

    WatchedAction(String label, String effect) {
        this.label = label;
        this.effect = effect;
    }

    public String label() {
        return label;
    }

    public String effect() {
        return effect;
    }
}
