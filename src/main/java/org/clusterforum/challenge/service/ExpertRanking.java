package org.clusterforum.challenge.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks experts for a challenge by points: 10 for each of its tags they declared, 3 for each answer of theirs
 * accepted in those tags (up to 10 answers), 6/3/1 for activity in the last week/month/quarter, and minus 4 for
 * each invitation of the last 30 days they hold and have not answered, so work spreads over the experts instead of
 * landing on the same few.
 */
public final class ExpertRanking {

    /** Invitations older than this no longer count against an expert (forgotten ones must not bench them). */
    public static final Duration OPEN_INVITATION_WINDOW = Duration.ofDays(30);

    /** How many experts a new challenge invites. */
    public static final int INVITED_PER_CHALLENGE = 3;

    static final int PER_TAG = 10;
    static final int PER_ACCEPTED = 3;
    static final int ACCEPTED_CAP = 10;
    static final int PER_OPEN_INVITATION = 4;

    /** What ranking knows about one expert. {@code lastActive} is null for someone who never posted. */
    public record Candidate(long memberId, String name, int matchingTags, long acceptedInTags, Instant lastActive,
                            long openInvitations) {

        public int score(Instant now) {
            return matchingTags * PER_TAG + (int) Math.min(acceptedInTags, ACCEPTED_CAP) * PER_ACCEPTED
                    + recency(lastActive, now) - (int) openInvitations * PER_OPEN_INVITATION;
        }
    }

    private ExpertRanking() {
    }

    static int recency(Instant lastActive, Instant now) {
        if (lastActive == null) {
            return 0;
        }
        Duration idle = Duration.between(lastActive, now);
        if (idle.compareTo(Duration.ofDays(7)) <= 0) {
            return 6;
        }
        if (idle.compareTo(Duration.ofDays(30)) <= 0) {
            return 3;
        }
        return idle.compareTo(Duration.ofDays(90)) <= 0 ? 1 : 0;
    }

    /** Best first; ties go to more matching tags, then to the longer-standing member (lower id). */
    public static List<Candidate> rank(List<Candidate> candidates, Instant now) {
        return candidates.stream().sorted(Comparator.comparingInt((Candidate c) -> c.score(now)).reversed()
                .thenComparing(Comparator.comparingInt(Candidate::matchingTags).reversed())
                .thenComparingLong(Candidate::memberId)).toList();
    }
}
