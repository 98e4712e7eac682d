package org.clusterforum.challenge.service;

/**
 * How many reputation points members earn and lose: the one place where the arithmetic lives. Reputation is a
 * running total on the member, changed in the same transaction as the vote, acceptance or helpful mark.
 */
public final class Reputation {

    /** An upvote on your answer. */
    public static final int ANSWER_UPVOTE = 10;
    /** An upvote on your challenge. */
    public static final int CHALLENGE_UPVOTE = 5;
    /** A downvote on your answer or challenge (taken). */
    public static final int DOWNVOTE = 2;
    /** The asker accepted your answer (never for accepting your own). */
    public static final int ACCEPTED = 15;
    /** The asker marked your answer helpful (never your own). */
    public static final int HELPFUL = 5;

    private Reputation() {
    }

    /** Points one vote of {@code value} (-1, 0 for none, +1) gives the author of an answer or a challenge. */
    public static int ofVote(boolean onAnswer, int value) {
        if (value > 0) {
            return onAnswer ? ANSWER_UPVOTE : CHALLENGE_UPVOTE;
        }
        return value < 0 ? -DOWNVOTE : 0;
    }

    /** The change in the author's points when a member's vote goes from {@code from} to {@code to}. */
    public static int ofVoteChange(boolean onAnswer, int from, int to) {
        return ofVote(onAnswer, to) - ofVote(onAnswer, from);
    }

    /**
     * Everything this answer has earned its author as it stands: its votes, and acceptance and the helpful mark
     * when the asker is someone else (taken back when the answer is deleted or leaves the public count).
     */
    public static int earnedBy(org.clusterforum.challenge.model.Answer answer, long askerId) {
        boolean byOther = answer.getAuthorId() != askerId;
        return ofAnswer(answer.getUpVotes(), answer.getDownVotes(), answer.isAccepted() && byOther,
                answer.isHelpful());
    }

    /** Everything an answer has earned its author (taken back when the answer is deleted). */
    public static int ofAnswer(int upVotes, int downVotes, boolean acceptedByOther, boolean helpfulByOther) {
        return upVotes * ANSWER_UPVOTE - downVotes * DOWNVOTE + (acceptedByOther ? ACCEPTED : 0)
                + (helpfulByOther ? HELPFUL : 0);
    }
}
