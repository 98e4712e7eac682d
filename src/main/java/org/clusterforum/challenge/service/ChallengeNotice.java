package org.clusterforum.challenge.service;

import java.util.Set;

/**
 * Something about a challenge that members are told of in-app. Fired inside the transaction that caused it, so
 * the notification commits with it. {@code postId} is what the notification links to (the challenge's opening
 * post or an answer); recipients are only members who may see it, never the actor.
 */
public record ChallengeNotice(Kind kind, long postId, long actorId, Set<Long> recipients) {

    public enum Kind {
        /** Your answer was accepted. */
        ANSWER_ACCEPTED,
        /** You are invited as an expert to answer. */
        EXPERT_INVITED,
        /** Someone commented on your challenge or answer. */
        COMMENT,
        /** A challenge you watch is solved. */
        CHALLENGE_SOLVED
    }
}
