package org.clusterforum.challenge.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clusterforum.account.service.AccountService;
import org.clusterforum.challenge.model.AnswerRepository;
import org.clusterforum.challenge.model.Challenge;
import org.clusterforum.challenge.model.ChallengeQuery;
import org.clusterforum.challenge.model.ChallengeRepository;
import org.clusterforum.challenge.model.ExpertRequest;
import org.clusterforum.challenge.model.Expertise;
import org.clusterforum.challenge.model.Invitation;
import org.clusterforum.challenge.model.InvitationRepository;
import org.clusterforum.challenge.model.InvitationStatus;
import org.clusterforum.challenge.model.Tag;
import org.clusterforum.challenge.model.TagRepository;
import org.clusterforum.discussion.service.DiscussionService;
import org.clusterforum.platform.persistence.BaseEntity;
import org.clusterforum.platform.security.Permission;
import org.clusterforum.platform.security.Role;
import org.clusterforum.platform.security.Viewer;
import org.clusterforum.platform.space.Space;
import org.clusterforum.platform.space.SpaceAccess;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.validation.Texts;

/**
 * Experts: their declared tags, the expert role (requested by members, granted by administrators), matching
 * experts to challenges and the invitations that follow (accept, decline — which passes the invitation on — and
 * invitations by the asker), "challenges for me", and per-tag leaderboards.
 */
@ApplicationScoped
public class ExpertService {

    public static final int MAX_EXPERTISE = 10;
    public static final int SUGGESTIONS = 5;
    public static final int LEADERBOARD_SIZE = 10;
    /** Challenges asked and answered listed on a profile. */
    public static final int RECENT_ON_PROFILE = 5;


    @Inject
    TagRepository tags;

    @Inject
    InvitationRepository invitations;

    @Inject
    AnswerRepository answers;

    @Inject
    ChallengeRepository challenges;

    @Inject
    AccountService accounts;

    @Inject
    DiscussionService discussions;

    @Inject
    SpaceAccess access;

    @Inject
    ChallengeItems challengeItems;

    @Inject
    Leaderboards leaderboards;

    @Inject
    Event<ChallengeNotice> notices;

    /**
     * Invites the best-ranked experts for a challenge newly on the board: just posted, approved, or moved there
     * from a group (in that transaction). Experts invited before are not invited again, and count towards the
     * number invited.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void inviteMatching(Challenge challenge, long openingPostId, List<Long> tagIds) {
        Set<Long> already = invitations.ofChallenge(challenge.getId()).stream().map(Invitation::getExpertId)
                .collect(Collectors.toSet());
        List<ExpertRanking.Candidate> ranked = ranked(challenge, tagIds, already);
        List<Long> invited = new ArrayList<>();
        for (ExpertRanking.Candidate c : ranked) {
            if (already.size() + invited.size() >= ExpertRanking.INVITED_PER_CHALLENGE) {
                break;
            }
            invitations.add(new Invitation(challenge.getId(), c.memberId(), null));
            invited.add(c.memberId());
        }
        tellInvited(openingPostId, challenge.getAskerId(), invited);
    }

    /**
     * Experts who could answer, best first: active members whose role lets them answer as experts, who declared
     * at least one of the tags, other than the asker and those in {@code excluded}.
     */
    private List<ExpertRanking.Candidate> ranked(Challenge challenge, Collection<Long> tagIds, Set<Long> excluded) {
        Map<Long, Long> overlap = tags.expertsIn(tagIds);
        Space space = challenges.space(challenge.getSpaceId()).orElseThrow();
        Map<Long, Viewer> experts = accounts.viewersOf(overlap.keySet()).stream()
                .filter(v -> v.can(Permission.ANSWER_AS_EXPERT) && !v.is(challenge.getAskerId())
                        && !excluded.contains(v.memberId()) && access.canSee(v, space)
                        && (!space.hasMembers() || access.membership(v, space).isPresent()))
                .collect(Collectors.toMap(Viewer::memberId, Function.identity()));
        if (experts.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> accepted = answers.acceptedInTags(experts.keySet(), tagIds);
        Map<Long, Instant> active = discussions.lastPostedAt(experts.keySet());
        Map<Long, Long> open = invitations.openCounts(experts.keySet(),
                BaseEntity.now().minus(ExpertRanking.OPEN_INVITATION_WINDOW));
        List<ExpertRanking.Candidate> candidates = experts.values().stream()
                .map(v -> new ExpertRanking.Candidate(v.memberId(), v.displayName(),
                        overlap.get(v.memberId()).intValue(), accepted.getOrDefault(v.memberId(), 0L),
                        active.get(v.memberId()), open.getOrDefault(v.memberId(), 0L)))
                .toList();
        return ExpertRanking.rank(candidates, BaseEntity.now());
    }

    private void tellInvited(long openingPostId, long askerId, List<Long> experts) {
        if (!experts.isEmpty()) {
            notices.fire(new ChallengeNotice(ChallengeNotice.Kind.EXPERT_INVITED, openingPostId, askerId,
                    Set.copyOf(experts)));
        }
    }

    /** The experts invited to a challenge, in the order they were invited. */
    @Transactional(Transactional.TxType.MANDATORY)
    List<InvitationView> invitationsOf(long challengeId) {
        List<Invitation> all = invitations.ofChallenge(challengeId);
        Map<Long, String> names = names(all.stream().map(Invitation::getExpertId).toList());
        return all.stream().map(i -> new InvitationView(i.getExpertId(), names.getOrDefault(i.getExpertId(),
                "A former member"), i.getStatus().label(), i.getInvitedById() == null)).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    InvitationView invitationOf(long challengeId, long expertId) {
        return invitations.find(challengeId, expertId).map(i -> new InvitationView(expertId, "",
                i.getStatus().label(), i.getInvitedById() == null)).orElse(null);
    }

    /** The next experts the asker could invite, best first, with the tags they match. */
    @Transactional(Transactional.TxType.MANDATORY)
    List<ExpertSuggestion> suggestions(long challengeId, long askerId) {
        Challenge challenge = challenges.find(challengeId).orElseThrow(() -> new NotFound("Challenge"));
        List<Tag> challengeTags = challenges.tagsOf(List.of(challengeId)).getOrDefault(challengeId, List.of());
        Set<Long> already = invitations.ofChallenge(challengeId).stream().map(Invitation::getExpertId)
                .collect(Collectors.toSet());
        List<ExpertRanking.Candidate> ranked = ranked(challenge, challengeTags.stream().map(Tag::getId).toList(),
                already).stream().limit(SUGGESTIONS).toList();
        Map<Long, List<Tag>> declared = tags.expertiseOf(ranked.stream().map(ExpertRanking.Candidate::memberId)
                .toList());
        Set<Long> wanted = challengeTags.stream().map(Tag::getId).collect(Collectors.toSet());
        return ranked.stream().map(c -> new ExpertSuggestion(c.memberId(), c.name(),
                declared.getOrDefault(c.memberId(), List.of()).stream().filter(t -> wanted.contains(t.getId()))
                        .map(Tag::getName).toList(), c.acceptedInTags(), c.openInvitations())).toList();
    }

    /** The asker (or a moderator) invites another expert to answer. Inviting someone twice changes nothing. */
    @Transactional
    public void invite(Viewer viewer, long challengeId, long expertId) {
        Challenge challenge = lockedVisibleChallenge(viewer, challengeId);
        Space space = challenges.space(challenge.getSpaceId()).orElseThrow();
        if (!viewer.is(challenge.getAskerId()) && !access.canModerate(viewer, space)) {
            throw new Forbidden("Only the member who posted the challenge can invite experts.");
        }
        Viewer expert = accounts.viewersOf(List.of(expertId)).stream().findFirst()
                .filter(v -> v.can(Permission.ANSWER_AS_EXPERT) && access.canSee(v, space))
                .orElseThrow(() -> InvalidInput.of(InvalidInput.GLOBAL, "Only experts can be invited."));
        if (expert.is(challenge.getAskerId())) {
            throw InvalidInput.of(InvalidInput.GLOBAL, "You cannot invite yourself.");
        }
        if (invitations.find(challengeId, expertId).isEmpty()) {
            invitations.add(new Invitation(challengeId, expertId, viewer.memberId()));
            tellInvited(openingPostOf(challengeId), viewer.memberId(), List.of(expertId));
        }
    }

    /** The invited expert says they will answer. */
    @Transactional
    public void acceptInvitation(Viewer viewer, long challengeId) {
        Invitation invitation = ownInvitation(viewer, challengeId);
        if (invitation.getStatus() == InvitationStatus.PENDING || invitation.getStatus() == InvitationStatus.DECLINED) {
            invitation.accept();
        }
    }

    /**
     * The invited expert declines: the invitation passes to the best-ranked expert not yet invited (if any).
     * Declining twice changes nothing.
     */
    @Transactional
    public void declineInvitation(Viewer viewer, long challengeId) {
        Invitation invitation = ownInvitation(viewer, challengeId);
        if (!invitation.getStatus().isOpen()) {
            return;
        }
        invitation.decline();
        Challenge challenge = challenges.find(challengeId).orElseThrow(() -> new NotFound("Challenge"));
        if (challenge.getStatus() == org.clusterforum.challenge.model.ChallengeStatus.SOLVED
                || challenge.getStatus() == org.clusterforum.challenge.model.ChallengeStatus.CLOSED) {
            return;
        }
        Set<Long> already = invitations.ofChallenge(challengeId).stream().map(Invitation::getExpertId)
                .collect(Collectors.toSet());
        List<Long> tagIds = challenges.tagsOf(List.of(challengeId)).getOrDefault(challengeId, List.of()).stream()
                .map(Tag::getId).toList();
        ranked(challenge, tagIds, already).stream().findFirst().ifPresent(next -> {
            invitations.add(new Invitation(challengeId, next.memberId(), null));
            tellInvited(openingPostOf(challengeId), challenge.getAskerId(), List.of(next.memberId()));
        });
    }

    /** An invited expert answered: their invitation is done. */
    @Transactional(Transactional.TxType.MANDATORY)
    void answered(long challengeId, long expertId) {
        invitations.find(challengeId, expertId).ifPresent(Invitation::answered);
    }

    private Invitation ownInvitation(Viewer viewer, long challengeId) {
        lockedVisibleChallenge(viewer, challengeId);
        if (viewer.isAnonymous()) {
            throw new Forbidden("Sign in first.");
        }
        return invitations.find(challengeId, viewer.memberId())
                .orElseThrow(() -> new NotFound("Invitation"));
    }

    /** "Challenges for me": the expert's open invitations, then unsolved challenges in their tags. */
    @Transactional
    public ForMe forMe(Viewer viewer, int limit) {
        if (viewer.isAnonymous()) {
            throw new Forbidden("Sign in first.");
        }
        // only challenges the expert may still see (a member removed from a group loses its invitations too)
        List<Invitation> open = invitations.ofExpert(viewer.memberId(),
                EnumSet.of(InvitationStatus.PENDING, InvitationStatus.ACCEPTED), limit).stream()
                .filter(i -> challenges.find(i.getChallengeId()).filter(c -> !c.isDeleted())
                        .flatMap(c -> challenges.space(c.getSpaceId())).filter(sp -> access.canSee(viewer, sp))
                        .isPresent()).toList();
        List<Long> invitedIds = open.stream().map(Invitation::getChallengeId).toList();
        Map<Long, InvitationStatus> states = open.stream().collect(Collectors.toMap(Invitation::getChallengeId,
                Invitation::getStatus));
        List<ForMe.Invited> invited = challengeItems.of(invitedIds).stream()
                .map(item -> new ForMe.Invited(item, states.get(item.id()).label(),
                        states.get(item.id()) == InvitationStatus.PENDING)).toList();
        List<Tag> mine = tags.expertiseOf(viewer.memberId());
        Set<Long> seen = new HashSet<>(invitedIds);
        Set<Long> matching = new LinkedHashSet<>();
        long boardId = challenges.board().map(Space::getId).orElse(-1L);
        for (Tag tag : mine) {
            challenges.pageIds(new ChallengeQuery(ChallengeQuery.View.UNSOLVED, List.of(boardId),
                    List.of(tag.getId()), null, null, null), 0, limit).stream()
                    .filter(id -> !seen.contains(id)).forEach(matching::add);
        }
        List<ChallengeItem> inTags = challengeItems.of(matching.stream().toList()).stream()
                .filter(i -> !viewer.is(i.askerId()))
                .sorted(java.util.Comparator.comparing(ChallengeItem::createdAt).reversed()).limit(limit).toList();
        return new ForMe(viewer.can(Permission.ANSWER_AS_EXPERT), mine.stream().map(TagView::of).toList(),
                invited, inTags);
    }

    /** The names of the tags these members declared, per member (for their profiles in search). */
    @Transactional
    public Map<Long, List<String>> expertiseNames(java.util.Collection<Long> memberIds) {
        Map<Long, List<String>> names = new java.util.HashMap<>();
        tags.expertiseOf(memberIds).forEach((member, declared) -> names.put(member,
                declared.stream().map(Tag::getName).toList()));
        return names;
    }

    /** The tags the viewer declared. */
    @Transactional
    public List<TagView> expertiseOf(long memberId) {
        return tags.expertiseOf(memberId).stream().map(TagView::of).toList();
    }

    /** An expert declares the tags they know (replacing their earlier choice); 1 to 10 approved tags. */
    @Transactional
    public void declareExpertise(Viewer viewer, List<String> tagSlugs) {
        if (!viewer.can(Permission.ANSWER_AS_EXPERT)) {
            throw new Forbidden("Only experts declare expertise. Request the expert role first.");
        }
        Set<String> wanted = new LinkedHashSet<>(tagSlugs == null ? List.of() : tagSlugs);
        if (wanted.isEmpty()) {
            throw InvalidInput.of("tags", "Choose at least one tag you can answer challenges about.");
        }
        if (wanted.size() > MAX_EXPERTISE) {
            throw InvalidInput.of("tags", "Choose at most " + MAX_EXPERTISE + " tags: the ones you know best.");
        }
        List<Tag> found = tags.findBySlugs(wanted).stream().filter(Tag::isApproved).toList();
        if (found.size() != wanted.size()) {
            throw InvalidInput.of("tags", "Choose tags from the list.");
        }
        accounts.activeMember(viewer);
        Set<Long> before = tags.expertiseOf(viewer.memberId()).stream().map(Tag::getId).collect(Collectors.toSet());
        Set<Long> after = found.stream().map(Tag::getId).collect(Collectors.toSet());
        tags.removeExpertise(viewer.memberId(), before.stream().filter(id -> !after.contains(id)).toList());
        found.stream().filter(t -> !before.contains(t.getId()))
                .forEach(t -> tags.addExpertise(new Expertise(viewer.memberId(), t)));
    }

    /** A member asks for the expert role, saying what they know. One pending request at a time. */
    @Transactional
    public void requestExpertRole(Viewer viewer, String motivation) {
        if (viewer.isAnonymous()) {
            throw new Forbidden("Sign in first.");
        }
        if (viewer.can(Permission.ANSWER_AS_EXPERT)) {
            throw InvalidInput.of(InvalidInput.GLOBAL, "You already answer as an expert.");
        }
        String clean = motivation == null ? "" : motivation.strip();
        if (Texts.length(clean) < 20) {
            throw InvalidInput.of("motivation", "Tell the administrators in a sentence or two (at least 20"
                    + " characters) what you know and how you help members.");
        }
        if (Texts.length(clean) > ExpertRequest.MAX_MOTIVATION) {
            throw InvalidInput.of("motivation", "Shorten this to " + ExpertRequest.MAX_MOTIVATION + " characters.");
        }
        accounts.activeMember(viewer);
        if (invitations.pendingRequestOf(viewer.memberId()).isEmpty()) {
            invitations.addRequest(new ExpertRequest(viewer.memberId(), clean));
        }
    }

    /** Whether the member has a request waiting. */
    @Transactional
    public boolean hasPendingRequest(Viewer viewer) {
        return !viewer.isAnonymous() && invitations.pendingRequestOf(viewer.memberId()).isPresent();
    }

    /** Pending requests for the expert role, oldest first: administrators only. */
    @Transactional
    public List<ExpertRequestView> pendingRequests(Viewer viewer) {
        requireAdmin(viewer);
        List<ExpertRequest> pending = invitations.pendingRequests();
        Map<Long, String> names = names(pending.stream().map(ExpertRequest::getMemberId).toList());
        return pending.stream().map(r -> new ExpertRequestView(r.getId(), r.getMemberId(),
                names.getOrDefault(r.getMemberId(), "A former member"), r.getMotivation(), r.getCreatedAt()))
                .toList();
    }

    /** An administrator grants (the member becomes an expert) or refuses a request. */
    @Transactional
    public void decideExpertRequest(Viewer viewer, long requestId, boolean grant) {
        requireAdmin(viewer);
        ExpertRequest request = invitations.findRequest(requestId)
                .filter(r -> r.getStatus() == ExpertRequest.Status.PENDING)
                .orElseThrow(() -> new NotFound("Request"));
        request.decide(grant, viewer.memberId(), BaseEntity.now());
        if (grant) {
            Viewer member = accounts.viewerOf(request.getMemberId()).orElseThrow(() -> new NotFound("Member"));
            if (!member.can(Permission.ANSWER_AS_EXPERT)) {
                accounts.grantRole(request.getMemberId(), Role.EXPERT);
            }
        }
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.can(Permission.ADMINISTER)) {
            throw new Forbidden("Only administrators decide on expert roles.");
        }
    }

    /** A tag's leaderboard: experts by the reputation their answers in this tag earned (see {@link Leaderboards}). */
    public List<LeaderboardEntry> leaderboard(long tagId) {
        return leaderboards.of(tagId);
    }

    /** Sums a tag's leaderboard now (the slow part, which {@link Leaderboards} keeps). */
    @Transactional
    List<LeaderboardEntry> computeLeaderboard(long tagId) {
        long boardId = challenges.board().map(Space::getId).orElse(-1L);
        List<Object[]> rows = answers.leaderboard(tagId, List.of(boardId), Reputation.ANSWER_UPVOTE,
                Reputation.DOWNVOTE, Reputation.ACCEPTED, Reputation.HELPFUL, LEADERBOARD_SIZE);
        Map<Long, String> names = names(rows.stream().map(r -> (Long) r[0]).toList());
        List<LeaderboardEntry> entries = new ArrayList<>();
        for (Object[] r : rows) {
            entries.add(new LeaderboardEntry(entries.size() + 1, (Long) r[0], names.getOrDefault((Long) r[0],
                    "A former member"), ((Number) r[1]).intValue(), ((Number) r[2]).intValue(),
                    ((Number) r[3]).intValue()));
        }
        return entries;
    }

    /** The ids of the approved tags (to prepare their leaderboards). */
    @Transactional
    List<Long> approvedTagIds() {
        return tags.withStatus(org.clusterforum.challenge.model.TagStatus.APPROVED).stream().map(Tag::getId).toList();
    }

    private Map<Long, String> names(Collection<Long> ids) {
        return accounts.viewersOf(ids).stream().collect(Collectors.toMap(Viewer::memberId, Viewer::displayName,
                (a, b) -> a));
    }

    private long openingPostOf(long challengeId) {
        return (Long) challenges.openingPost(challengeId)[0];
    }

    /**
     * The challenge, row-locked until commit, if the viewer may see it: invitations to one challenge change one at a
     * time, so a double click on Invite or Decline acts once.
     */
    private Challenge lockedVisibleChallenge(Viewer viewer, long challengeId) {
        return challenges.findLocked(challengeId)
                .filter(c -> access.canSee(viewer, challenges.space(c.getSpaceId()).orElseThrow()))
                .orElseThrow(() -> new NotFound("Challenge"));
    }


    /** What a profile shows of a member's challenges: expertise, reputation-earning activity. */
    @Transactional
    public ChallengeProfile profile(long memberId) {
        long boardId = challenges.board().map(Space::getId).orElse(-1L);
        List<Long> asked = challenges.pageIds(new ChallengeQuery(ChallengeQuery.View.NEWEST, List.of(boardId),
                List.of(), memberId, null, null), 0, RECENT_ON_PROFILE);
        return new ChallengeProfile(tags.expertiseOf(memberId).stream().map(TagView::of).toList(),
                challenges.countAskedBy(memberId), answers.countAnswersBy(memberId), answers.countAcceptedBy(memberId),
                challengeItems.of(asked), challengeItems.of(answers.recentlyAnsweredBy(memberId, List.of(boardId),
                        RECENT_ON_PROFILE)));
    }
}
