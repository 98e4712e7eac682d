package org.clusterforum.challenge.model;

import java.time.Instant;

/** A challenge as a list shows it (tags are read separately for the whole page). */
public record ChallengeRow(long id, String title, long askerId, String askerName, ChallengeStatus status, int score,
                           int answerCount, Instant createdAt, Instant lastActivityAt) {
}
