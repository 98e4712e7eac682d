package org.clusterforum.challenge.service;

import java.io.Serializable;
import java.util.List;

/** A member's challenge activity on their profile. */
public record ChallengeProfile(List<TagView> expertise, long challengesAsked, long answers, long acceptedAnswers)
        implements Serializable {
}
