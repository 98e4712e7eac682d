package org.clusterforum.challenge.service;

import java.io.Serializable;

/** One expert on a tag's leaderboard. */
public record LeaderboardEntry(int rank, long memberId, String name, int points, int acceptedAnswers, int answers)
        implements Serializable {
}
