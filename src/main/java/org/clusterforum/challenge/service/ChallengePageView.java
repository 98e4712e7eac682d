package org.clusterforum.challenge.service;

import java.io.Serializable;
import java.util.List;
import org.clusterforum.group.service.GroupSummary;

/**
 * Everything a challenge page shows: the challenge, its answers in order, and — for the asker and moderators —
 * the invited experts and suggestions of more. {@code closure}: why it is closed (null while it is not);
 * {@code viewerMayClose}: moderators and the owners of its group close and reopen it; {@code awaitingApproval}: a
 * new member's challenge that only its asker and moderators see until a moderator approves it.
 */
public record ChallengePageView(ChallengeView challenge, List<AnswerView> answers, List<InvitationView> invitations,
                            List<ExpertSuggestion> suggestions, InvitationView viewerInvitation,
                            String spaceName, String spaceUrl, boolean inGroup, List<GroupSummary> rooms,
                            boolean viewerMayOpenRoom, ChallengeClosure closure, boolean viewerMayClose,
                            boolean viewerMayRestore, boolean awaitingApproval)
        implements Serializable {
}
