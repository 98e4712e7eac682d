package org.clusterforum.challenge.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Up and down votes on a challenge or an answer, and their difference (the score lists sort by). */
@Embeddable
public class VoteTally {

    @Column(name = "UP_VOTES", nullable = false)
    private int upVotes;

    @Column(name = "DOWN_VOTES", nullable = false)
    private int downVotes;

    @Column(name = "SCORE", nullable = false)
    private int score;

    /** Applies a change of one member's vote: {@code from} and {@code to} are -1, 0 (none) or +1. */
    void revote(int from, int to) {
        upVotes += (to == 1 ? 1 : 0) - (from == 1 ? 1 : 0);
        downVotes += (to == -1 ? 1 : 0) - (from == -1 ? 1 : 0);
        score = upVotes - downVotes;
    }

    public int getUpVotes() {
        return upVotes;
    }

    public int getDownVotes() {
        return downVotes;
    }

    public int getScore() {
        return score;
    }
}
