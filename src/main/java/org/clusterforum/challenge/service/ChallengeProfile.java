package org.clusterforum.challenge.service;

import java.io.Serializable;
import java.util.List;

/**
 * A member's challenge activity on their profile: expertise, counts, and their latest challenges and the latest
 * challenges they answered.
 */
public record ChallengeProfile(List<TagView> expertise, long challengesAsked, long answers, long acceptedAnswers,
                               List<ChallengeItem> recentlyAsked, List<ChallengeItem> recentlyAnswered)
        implements Serializable {
}
