package org.clusterforum.platform.watchwords;

/**
 * What watched words say about one text: nothing ({@link #NONE}), or the strongest action any word asks for, with
 * that word and the administrators' message for a block.
 */
public record WordCheck(WatchedAction action, String word, String message) {

    public static final WordCheck NONE = new WordCheck(null, null, null);

    public boolean blocks() {
        return action == WatchedAction.BLOCK;
    }

    public boolean holdsForApproval() {
        return action == WatchedAction.APPROVAL;
    }

    /** Flagged or held: someone should look at it. */
    public boolean wantsReview() {
        return action == WatchedAction.FLAG || action == WatchedAction.APPROVAL;
    }

    /** The stronger of two checks (block over approval over flag over nothing). */
    public WordCheck or(WordCheck other) {
        if (other.action == null) {
            return this;
        }
        return action == null || other.action.compareTo(action) > 0 ? other : this;
    }

    /** What the writer reads when the text is blocked. */
    public String blockedMessage() {
        String base = "“" + word + "” is not accepted in this forum. Remove it and try again; your text is kept.";
        return message == null ? base : base + " " + message;
    }

    /** Why the entry is in the review queue. */
    public String reviewNote() {
        return "Contains the watched word “" + word + "” (" + action.label().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
