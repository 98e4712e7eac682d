package org.clusterforum.challenge.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReputationTest {

    @Test
    void anUpvoteOnAnAnswerIsWorthMoreThanOneOnAChallenge() {
        assertEquals(10, Reputation.ofVote(true, 1));
        assertEquals(5, Reputation.ofVote(false, 1));
    }

    @Test
    void aDownvoteTakesTheSameOnAnswersAndChallengesAndNoVoteIsWorthNothing() {
        assertEquals(-2, Reputation.ofVote(true, -1));
        assertEquals(-2, Reputation.ofVote(false, -1));
        assertEquals(0, Reputation.ofVote(true, 0));
        assertEquals(0, Reputation.ofVote(false, 0));
    }

    @Test
    void aNewVoteGivesWhatTheVoteIsWorth() {
        assertEquals(10, Reputation.ofVoteChange(true, 0, 1));
        assertEquals(5, Reputation.ofVoteChange(false, 0, 1));
        assertEquals(-2, Reputation.ofVoteChange(true, 0, -1));
    }

    @Test
    void turningAnUpvoteDownTakesTheUpvoteAndTheDownvote() {
        assertEquals(-12, Reputation.ofVoteChange(true, 1, -1));
        assertEquals(-7, Reputation.ofVoteChange(false, 1, -1));
    }

    @Test
    void turningADownvoteUpGivesBothBack() {
        assertEquals(12, Reputation.ofVoteChange(true, -1, 1));
        assertEquals(7, Reputation.ofVoteChange(false, -1, 1));
    }

    @Test
    void removingAVoteUndoesIt() {
        assertEquals(-10, Reputation.ofVoteChange(true, 1, 0));
        assertEquals(-5, Reputation.ofVoteChange(false, 1, 0));
        assertEquals(2, Reputation.ofVoteChange(true, -1, 0));
        assertEquals(2, Reputation.ofVoteChange(false, -1, 0));
    }

    @Test
    void votingTheSameWayAgainChangesNothing() {
        for (int v = -1; v <= 1; v++) {
            assertEquals(0, Reputation.ofVoteChange(true, v, v));
            assertEquals(0, Reputation.ofVoteChange(false, v, v));
        }
    }

    @Test
    void anyPathOfChangesAddsUpToWhatTheLastVoteIsWorth() {
        int[] path = {0, 1, -1, 1, 0, -1, -1, 0, 1};
        for (boolean onAnswer : new boolean[] {true, false}) {
            int total = 0;
            for (int i = 1; i < path.length; i++) {
                total += Reputation.ofVoteChange(onAnswer, path[i - 1], path[i]);
            }
            assertEquals(Reputation.ofVote(onAnswer, path[path.length - 1]), total);
        }
    }

    @Test
    void anAnswerHasEarnedItsVotesAcceptanceAndHelpfulMark() {
        assertEquals(0, Reputation.ofAnswer(0, 0, false, false));
        assertEquals(3 * 10 - 2, Reputation.ofAnswer(3, 1, false, false));
        assertEquals(-4, Reputation.ofAnswer(0, 2, false, false));
        assertEquals(15, Reputation.ofAnswer(0, 0, true, false));
        assertEquals(5, Reputation.ofAnswer(0, 0, false, true));
        assertEquals(3 * 10 - 2 + 15 + 5, Reputation.ofAnswer(3, 1, true, true));
    }

    @Test
    void whatAnAnswerEarnedEqualsTheSumOfItsSeparateAwards() {
        int up = 4;
        int down = 3;
        int awarded = up * Reputation.ofVote(true, 1) + down * Reputation.ofVote(true, -1) + Reputation.ACCEPTED
                + Reputation.HELPFUL;
        assertEquals(awarded, Reputation.ofAnswer(up, down, true, true));
    }
}
