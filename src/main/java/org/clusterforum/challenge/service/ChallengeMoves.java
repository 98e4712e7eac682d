package org.clusterforum.challenge.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clusterforum.account.service.AccountService;
import org.clusterforum.challenge.model.Answer;
import org.clusterforum.challenge.model.AnswerRepository;
import org.clusterforum.challenge.model.Challenge;
import org.clusterforum.challenge.model.ChallengeBoard;
import org.clusterforum.challenge.model.ChallengeHead;
import org.clusterforum.challenge.model.ChallengeRepository;
import org.clusterforum.challenge.model.TagRepository;
import org.clusterforum.discussion.service.Place;
import org.clusterforum.discussion.service.ThreadModeration;
import org.clusterforum.platform.audit.AuditAction;
import org.clusterforum.platform.audit.AuditTarget;
import org.clusterforum.platform.audit.AuditTrail;
import org.clusterforum.platform.security.Permission;
import org.clusterforum.platform.security.Viewer;
import org.clusterforum.platform.space.Space;
import org.clusterforum.platform.space.SpaceAccess;
import org.clusterforum.platform.space.SpaceAudienceChanged;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.validation.Texts;

/**
 * Moving a challenge between the public board and a group, or between groups: a challenge posted on the board
 * that belongs to a consortium's private work, or a group's challenge its owners want the whole cluster to answer.
 * Only someone who moderates both places moves it (the cluster's moderators: the board and every group; a
 * group's owners: between their groups). Everything follows the challenge: its thread with its answers and
 * comments, the space counts, and what is counted in public -- tag counts, post counts on profiles and
 * reputation -- leaves or joins the public count. Arriving on the board, it is offered to matching experts like a
 * new challenge; experts invited earlier keep their invitation only while they can still see the challenge.
 */
@ApplicationScoped
public class ChallengeMoves {

    public static final String TARGET_FIELD = "moveTarget";
    public static final String REASON_FIELD = "moveReason";
    static final int MAX_REASON = 500;

    @Inject
    ChallengeRepository challenges;

    @Inject
    AnswerRepository answers;

    @Inject
    TagRepository tags;

    @Inject
    SpaceAccess access;

    @Inject
    AccountService accounts;

    @Inject
    ThreadModeration threads;

    @Inject
    ExpertService experts;

    @Inject
    AuditTrail audit;

    /** Where the viewer may move this challenge to: every place they moderate but its own (empty: nowhere). */
    @Transactional
    public List<Place> moveTargets(Viewer viewer, long challengeId) {
        ChallengeHead head = challenges.head(challengeId, viewer.memberId()).orElse(null);
        if (head == null || !access.canModerate(viewer, space(head.spaceId()))) {
            return List.of();
        }
        return destinations(viewer).stream().filter(s -> s.getId() != head.spaceId())
                .map(s -> new Place(s.getName(), s.getSlug(), s.hasMembers())).toList();
    }

    /**
     * Moves the challenge to the board or group {@code targetSlug}, with an optional reason for the audit log.
     * A deleted challenge, or one waiting for approval, is restored or approved first.
     */
    @Transactional
    public void moveChallenge(Viewer viewer, long challengeId, String targetSlug, String reason) {
        Challenge challenge = challenges.findLocked(challengeId).orElseThrow(() -> new NotFound("Challenge"));
        ChallengeHead head = challenges.head(challengeId, viewer.memberId())
                .orElseThrow(() -> new NotFound("Challenge"));
        Space from = space(challenge.getSpaceId());
        if (!access.canModerate(viewer, from)) {
            if (!access.canSee(viewer, from) || head.deleted()) {
                throw new NotFound("Challenge");
            }
            throw new Forbidden("Only moderators and the group's owners can move a challenge.");
        }
        if (head.deleted()) {
            throw new Forbidden(head.awaitingApproval()
                    ? "This challenge waits for approval: approve or reject it before moving it."
                    : "This challenge is deleted: restore it before moving it.");
        }
        var problems = new InvalidInput.Collector();
        String slug = Texts.clean(targetSlug);
        Space to = null;
        if (slug.isEmpty()) {
            problems.add(TARGET_FIELD, "Choose where to move the challenge.");
        } else if (slug.equals(from.getSlug())) {
            problems.add(TARGET_FIELD, "The challenge is already in " + from.getName() + ". Choose another place.");
        } else {
            to = destinations(viewer).stream().filter(s -> s.getSlug().equals(slug)).findFirst().orElse(null);
            if (to == null) {
                problems.add(TARGET_FIELD, "There is no board or group “" + slug
                        + "” that you can move challenges to.");
            }
        }
        String why = Texts.clean(reason);
        if (Texts.length(why) > MAX_REASON) {
            problems.add(REASON_FIELD, "Keep the reason under " + MAX_REASON + " characters.");
        }
        problems.throwIfAny();

        List<Long> tagIds = challenges.tagIdsOf(challengeId);
        if (from.isPublic() != to.isPublic()) {
            countInPublic(challenge, tagIds, to.isPublic() ? 1 : -1);
        }
        threads.moveChallengeThread(challengeId, to.getId());
        challenge.moveTo(to.getId());
        if (to instanceof ChallengeBoard) {
            experts.inviteMatching(challenge, head.postId(), tagIds);
        }
        audit.record(viewer, AuditAction.MOVE_CHALLENGE, AuditTarget.challenge(challengeId, head.title()),
                "From " + from.getName() + " to " + to.getName() + (why.isEmpty() ? "" : ". " + why));
    }

    /**
     * A group became public or stopped being public: its challenges' tags and the reputation they earned join or
     * leave the public counts, as when each of them moves (in the changing transaction).
     */
    void onAudienceChanged(@Observes SpaceAudienceChanged changed) {
        int sign = changed.nowPublic() ? 1 : -1;
        for (Challenge challenge : challenges.allInSpaceLocked(changed.spaceId())) {
            // a deleted or waiting challenge has its tags set aside, uncounted; what it earned still counts
            countInPublic(challenge, challenge.isDeleted() ? List.of() : challenges.tagIdsOf(challenge.getId()), sign);
        }
    }

    /** Adds ({@code sign} 1) or takes away (-1) what the challenge counts in public: its tags and reputation. */
    private void countInPublic(Challenge challenge, List<Long> tagIds, int sign) {
        earnedBy(challenge).forEach((memberId, points) -> accounts.awardReputation(memberId, sign * points));
        tags.adjustChallengeCount(tagIds, sign);
    }

    /**
     * The reputation the challenge has earned its members (see {@link Reputation}): its asker from the votes on
     * it, each answer's author from that answer's votes, acceptance and helpful mark.
     */
    private Map<Long, Integer> earnedBy(Challenge challenge) {
        Map<Long, Integer> earned = new HashMap<>();
        int asked = challenge.getUpVotes() * Reputation.ofVote(false, 1)
                + challenge.getDownVotes() * Reputation.ofVote(false, -1);
        earned.merge(challenge.getAskerId(), asked, Integer::sum);
        for (Answer answer : answers.liveOf(challenge.getId())) {
            earned.merge(answer.getAuthorId(), Reputation.earnedBy(answer, challenge.getAskerId()), Integer::sum);
        }
        earned.values().removeIf(points -> points == 0);
        return earned;
    }

    /**
     * The board and every group, for the cluster's moderators; the groups they own, for other members. Archived
     * groups take nothing new.
     */
    private List<Space> destinations(Viewer viewer) {
        List<Space> places = new ArrayList<>();
        if (viewer.can(Permission.MODERATE)) {
            challenges.board().ifPresent(places::add);
        }
        places.addAll(access.groupsModeratedBy(viewer));
        return places;
    }

    private Space space(long spaceId) {
        return challenges.space(spaceId).orElseThrow(() -> new NotFound("Space"));
    }
}
