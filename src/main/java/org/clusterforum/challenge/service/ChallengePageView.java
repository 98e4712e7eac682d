package org.clusterforum.challenge.service;

import java.io.Serializable;
import java.util.List;

/**
 * Everything a challenge page shows: the challenge, its answers in order, and — for the asker and moderators —
 * the invited experts and suggestions of more.
 */
public record ChallengePageView(ChallengeView challenge, List<AnswerView> answers, List<InvitationView> invitations,
                            List<ExpertSuggestion> suggestions, InvitationView viewerInvitation)
        implements Serializable {
}
