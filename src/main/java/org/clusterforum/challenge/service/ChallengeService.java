package org.clusterforum.challenge.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.clusterforum.account.service.MemberCard;
import java.util.Set;
import java.util.stream.Collectors;
import org.clusterforum.account.service.AccountService;
import org.clusterforum.challenge.model.Answer;
import org.clusterforum.challenge.model.AnswerRepository;
import org.clusterforum.challenge.model.AnswerRow;
import org.clusterforum.challenge.model.Challenge;
import org.clusterforum.challenge.model.ChallengeBoard;
import org.clusterforum.challenge.model.ChallengeComment;
import org.clusterforum.challenge.model.ChallengeHead;
import org.clusterforum.challenge.model.ChallengeQuery;
import org.clusterforum.challenge.model.ChallengeRepository;
import org.clusterforum.challenge.model.ChallengeStatus;
import org.clusterforum.challenge.model.CloseReason;
import org.clusterforum.platform.audit.AuditAction;
import org.clusterforum.platform.audit.AuditTarget;
import org.clusterforum.platform.audit.AuditTrail;
import org.clusterforum.challenge.model.ChallengeTag;
import org.clusterforum.challenge.model.CommentRow;
import org.clusterforum.challenge.model.Tag;
import org.clusterforum.challenge.model.TagRepository;
import org.clusterforum.challenge.model.Vote;
import org.clusterforum.discussion.model.ThreadKind;
import org.clusterforum.discussion.service.AttachmentView;
import org.clusterforum.discussion.service.DiscussionService;
import org.clusterforum.discussion.service.PostApproved;
import org.clusterforum.discussion.service.PostDeleted;
import org.clusterforum.discussion.service.PostRestored;
import org.clusterforum.discussion.service.PostLocation;
import org.clusterforum.discussion.service.StartedThread;
import org.clusterforum.discussion.service.ThemeView;
import org.clusterforum.platform.persistence.BaseEntity;
import org.clusterforum.platform.persistence.Page;
import org.clusterforum.platform.persistence.PageRequest;
import org.clusterforum.platform.richtext.RichText;
import org.clusterforum.platform.security.Permission;
import org.clusterforum.platform.security.Viewer;
import org.clusterforum.platform.space.Space;
import org.clusterforum.platform.space.SpaceAccess;
import org.clusterforum.platform.space.SpaceRepository;
import org.clusterforum.group.service.GroupService;
import org.clusterforum.group.service.GroupSummary;
import org.clusterforum.group.service.GroupForm;
import org.clusterforum.group.model.GroupVisibility;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.validation.Texts;

/**
 * Challenges: posting and editing them, answering, voting, accepting, helpful marks, comments, and the lists.
 * A challenge is a thread of kind CHALLENGE (its opening post is the challenge, its replies the answers), so
 * posting, editing with history, attachments and mentions go through {@link DiscussionService}; this service
 * keeps what only challenges have. Every method asks {@link SpaceAccess} about the challenge's space first: a
 * challenge the viewer cannot see does not exist for them.
 */
@ApplicationScoped
public class ChallengeService {

    public static final int MIN_TAGS = 1;
    public static final int MAX_TAGS = 5;
    public static final int PER_PAGE = 20;
    /** Answers shown on a challenge page (far more than any challenge gets). */
    public static final int MAX_ANSWERS_SHOWN = 200;
    public static final Duration TOP_WINDOW = Duration.ofDays(30);

    @Inject
    org.clusterforum.platform.watchwords.WatchedWords watchedWords;

    @Inject
    ChallengeRepository challenges;

    @Inject
    AnswerRepository answers;

    @Inject
    TagRepository tags;

    @Inject
    DiscussionService discussions;

    @Inject
    AccountService accounts;

    @Inject
    SpaceAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    ExpertService experts;

    @Inject
    ChallengeItems challengeItems;

    @Inject
    ListCounts listCounts;

    @Inject
    SpaceRepository spaces;

    @Inject
    GroupService groups;

    @Inject
    Event<ChallengeNotice> notices;

    /** The public challenge board (created at start-up by {@link TaxonomySeed}). */
    ChallengeBoard board() {
        return challenges.board().orElseThrow(() -> new NotFound("Challenge board"));
    }

    /**
     * Posts a challenge on the board: title, body, 1–5 approved tags, optionally a theme it relates to. Every
     * problem is reported at once. Matching experts are invited in the same transaction. Returns its id.
     */
    @Transactional
    public long askChallenge(Viewer viewer, AskForm form) {
        return askChallengeIn(viewer, null, form);
    }

    /**
     * Posts a challenge in a group ({@code groupSlug}; null: on the public board). A group's challenge is for its
     * members: its tags do not count on the public tag list, and experts are not invited automatically (the asker
     * invites members of the group).
     */
    @Transactional
    public long askChallengeIn(Viewer viewer, String groupSlug, AskForm form) {
        Space board = groupSlug == null || groupSlug.isBlank() ? board() : groupSpace(viewer, groupSlug);
        var problems = new InvalidInput.Collector();
        List<Tag> chosen = checkedTags(form.tagSlugs(), problems);
        Long themeId = checkedTheme(viewer, form.themeSlug(), problems);
        StartedThread started = discussions.startThreadIn(viewer, board, ThreadKind.CHALLENGE, form.title(),
                form.bodyHtml(), form.uploads(), problems);
        Challenge challenge = challenges.add(new Challenge(started.threadId(), board.getId(), viewer.memberId(),
                themeId, BaseEntity.now()));
        if (discussions.awaitsApproval(started.openingPostId())) {
            // a new member's challenge waits for a moderator: unlisted, its tags set aside, no expert invited yet
            challenge.delete(chosen.stream().map(Tag::getId).toList());
            return challenge.getId();
        }
        for (Tag tag : chosen) {
            challenges.tag(new ChallengeTag(challenge, tag));
        }
        if (board.isPublic()) {
            tags.adjustChallengeCount(chosen.stream().map(Tag::getId).toList(), +1);
        }
        if (board instanceof ChallengeBoard) {
            experts.inviteMatching(challenge, started.openingPostId(), chosen.stream().map(Tag::getId).toList());
        }
        return challenge.getId();
    }

    /** Whether this challenge waits for a moderator's approval (a new member's first posts do). */
    @Transactional
    public boolean challengeAwaitsApproval(long challengeId) {
        return challenges.head(challengeId, null).map(ChallengeHead::awaitingApproval).orElse(false);
    }

    /** Whether this answer (its post) waits for a moderator's approval. */
    @Transactional
    public boolean answerAwaitsApproval(long answerId) {
        return discussions.awaitsApproval(answerId);
    }

    /** What the edit form starts with: the challenge's title, tags and theme. */
    @Transactional
    public AskForm challengeForEdit(Viewer viewer, long challengeId) {
        ChallengeHead head = visibleHead(viewer, challengeId);
        requireMayEdit(viewer, head);
        List<String> slugs = currentTags(challengeId, head.awaitingApproval()).stream().map(Tag::getSlug).toList();
        return new AskForm(head.title(), null, slugs, head.themeSlug(), List.of());
    }

    /**
     * Changes a challenge's title, tags and theme (its author or a moderator). The text itself is edited like any
     * post, keeping its history.
     */
    @Transactional
    public void editChallenge(Viewer viewer, long challengeId, AskForm form) {
        ChallengeHead head = visibleHead(viewer, challengeId);
        requireMayEdit(viewer, head);
        var problems = new InvalidInput.Collector();
        List<Tag> chosen = checkedTags(form.tagSlugs(), problems);
        Long themeId = checkedTheme(viewer, form.themeSlug(), problems);
        discussions.retitleThread(viewer, challengeId, form.title(), problems);
        Challenge challenge = challenges.findLocked(challengeId).orElseThrow(() -> new NotFound("Challenge"));
        if (head.awaitingApproval()) {
            challenge.delete(chosen.stream().map(Tag::getId).toList()); // its tags wait aside until approval
        } else {
            retag(challenge, head, chosen);
        }
        if (!java.util.Objects.equals(themeId, challenge.getThemeId())) {
            challenge.changeTheme(themeId);
        }
    }

    private void retag(Challenge challenge, ChallengeHead head, List<Tag> chosen) {
        long challengeId = challenge.getId();
        Set<Long> before = challenges.tagsOf(List.of(challengeId)).getOrDefault(challengeId, List.of()).stream()
                .map(Tag::getId).collect(Collectors.toSet());
        Set<Long> after = chosen.stream().map(Tag::getId).collect(Collectors.toSet());
        for (Tag tag : chosen) {
            if (!before.contains(tag.getId())) {
                challenges.tag(new ChallengeTag(challenge, tag));
            }
        }
        List<Long> removed = before.stream().filter(id -> !after.contains(id)).toList();
        removed.forEach(id -> challenges.untag(challengeId, id));
        if (space(head.spaceId()).isPublic()) {
            tags.adjustChallengeCount(after.stream().filter(id -> !before.contains(id)).toList(), +1);
            tags.adjustChallengeCount(removed, -1);
        }
    }

    /** A challenge's tags: those it carries, or, while it waits for approval, those set aside with it. */
    private List<Tag> currentTags(long challengeId, boolean waiting) {
        if (waiting) {
            List<Long> ids = challenge(challengeId).tagIdsSetAside();
            return ids.isEmpty() ? List.of() : new ArrayList<>(tags.findAll(ids));
        }
        return challenges.tagsOf(List.of(challengeId)).getOrDefault(challengeId, List.of());
    }

    private List<Tag> checkedTags(List<String> slugs, InvalidInput.Collector problems) {
        Set<String> wanted = slugs.stream().map(s -> s == null ? "" : s.strip().toLowerCase(java.util.Locale.ROOT))
                .filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
        if (wanted.size() < MIN_TAGS) {
            problems.add("tags", "Choose at least one tag, so the right experts see your challenge.");
            return List.of();
        }
        if (wanted.size() > MAX_TAGS) {
            problems.add("tags", "Choose at most " + MAX_TAGS + " tags (you chose " + wanted.size() + ").");
            return List.of();
        }
        Map<String, Tag> found = tags.findBySlugs(wanted).stream().filter(Tag::isApproved)
                .collect(Collectors.toMap(Tag::getSlug, t -> t));
        List<String> unknown = wanted.stream().filter(s -> !found.containsKey(s)).toList();
        if (!unknown.isEmpty()) {
            problems.add("tags", "Unknown tag" + (unknown.size() > 1 ? "s: " : ": ") + String.join(", ", unknown)
                    + ". Choose from the list, or propose a new tag on the tags page.");
            return List.of();
        }
        return wanted.stream().map(found::get).toList();
    }

    private Long checkedTheme(Viewer viewer, String slug, InvalidInput.Collector problems) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        var theme = discussions.theme(viewer, slug.strip());
        if (theme.isEmpty()) {
            problems.add("theme", "That theme does not exist. Choose one from the list, or none.");
            return null;
        }
        return theme.get().id();
    }

    /** A challenge's page: the challenge, its answers and comments, and for the asker the invited experts. */
    @Transactional
    public ChallengePageView challengePage(Viewer viewer, long challengeId) {
        ChallengeHead head = visibleHead(viewer, challengeId);
        Space space = space(head.spaceId());
        boolean moderator = access.canModerate(viewer, space);
        boolean waiting = head.awaitingApproval(); // a new member's challenge: its asker and moderators see it
        if (head.deleted() && !moderator) {
            throw new NotFound("Challenge");
        }
        List<AnswerRow> rows = answers.rows(challengeId, viewer.memberId(), moderator, MAX_ANSWERS_SHOWN);
        Map<Long, List<CommentRow>> comments = answers.commentsOf(challengeId);
        List<Long> withFiles = new ArrayList<>();
        if (head.attachmentCount() > 0) {
            withFiles.add(head.postId());
        }
        rows.stream().filter(r -> r.attachmentCount() > 0 && (!r.deleted() || moderator)).forEach(r -> withFiles.add(r.id()));
        Map<Long, List<AttachmentView>> files = discussions.attachmentsOf(withFiles);
        boolean asker = viewer.is(head.askerId());
        boolean hidden = head.deleted() || waiting;
        boolean open = head.status() != ChallengeStatus.CLOSED && !hidden;
        boolean member = access.canTakePart(viewer, space);
        boolean mayAccept = open && (asker || moderator);
        List<TagView> tagViews = currentTags(challengeId, waiting).stream().map(TagView::of).toList();
        ChallengeView challenge = new ChallengeView(head.id(), head.title(), head.status(), head.score(),
                head.answerCount(), head.themeName(), head.themeSlug(), head.createdAt(), head.postId(),
                RichText.stored(head.bodyHtml()), head.editedAt(), head.revisionCount(),
                files.getOrDefault(head.postId(), List.of()), head.askerId(), head.askerName(),
                head.askerRole().label(), head.askerReputation(), head.askerOrganisation(), tagViews,
                head.readerVote(), head.readerWatching(), head.readerAnswerId(), asker,
                open && member && head.readerAnswerId() == null && access.canReply(viewer, space, head.locked()),
                member && !asker && !hidden, !head.deleted() && access.canEditPost(viewer, space,
                        head.askerId()), member && open,
                open && (asker || moderator), mayAccept && head.acceptedAnswerId() != null,
                !hidden && access.canDeletePost(viewer, space, head.askerId(), head.answerCount() > 0),
                comments(viewer, comments.get(head.postId()), moderator));
        List<AnswerView> answerViews = rows.stream().map(r -> new AnswerView(r.id(), r.position(), r.createdAt(),
                r.editedAt(), r.deleted() && !moderator && !r.held() ? null : RichText.stored(r.bodyHtml()),
                r.revisionCount(),
                files.getOrDefault(r.id(), List.of()), r.deleted(), r.score(), r.accepted(), r.helpful(),
                r.disclosure(), r.authorId(), r.authorName(), r.authorRole().label(), r.authorReputation(),
                r.authorOrganisation(), r.readerVote(), !r.deleted() && member && !viewer.is(r.authorId()),
                !r.deleted() && access.canEditPost(viewer, space, r.authorId()),
                !r.deleted() && access.canDeletePost(viewer, space, r.authorId(), false),
                !r.deleted() && mayAccept, !r.deleted() && open && asker && !viewer.is(r.authorId()),
                !r.deleted() && member && open, comments(viewer, comments.get(r.id()), moderator), r.held()))
                .toList();
        boolean seesInvitations = asker || moderator;
        return new ChallengePageView(challenge, answerViews,
                seesInvitations ? experts.invitationsOf(challengeId) : List.of(),
                seesInvitations && open ? experts.suggestions(challengeId, head.askerId()) : List.of(),
                viewer.isAnonymous() ? null : experts.invitationOf(challengeId, viewer.memberId()),
                space.getName(), space.address(), space.hasMembers(), groups.roomsFrom(viewer, challengeId),
                asker && !hidden && !space.hasMembers(), closure(viewer, head), moderator && !hidden,
                moderator && head.deleted(), waiting);
    }

    private ChallengeClosure closure(Viewer viewer, ChallengeHead head) {
        if (head.status() != ChallengeStatus.CLOSED) {
            return null;
        }
        Challenge challenge = challenges.find(head.id()).orElseThrow();
        String originalTitle = null;
        if (challenge.getDuplicateOfId() != null) {
            try {
                ChallengeHead original = visibleHead(viewer, challenge.getDuplicateOfId());
                originalTitle = original.deleted() ? null : original.title();
            } catch (NotFound e) {
                originalTitle = null; // an original the viewer may not see is not named
            }
        }
        CloseReason reason = challenge.getClosedReason() == null ? CloseReason.OTHER : challenge.getClosedReason();
        return new ChallengeClosure(reason.label(), challenge.getClosedNote(),
                originalTitle == null ? null : challenge.getDuplicateOfId(), originalTitle);
    }

    /**
     * Closes a challenge (moderators, and a group's owners in their group): no new answers. A duplicate must name
     * the original challenge, which must exist and be another one. Closing a closed challenge changes nothing.
     */
    @Transactional
    public void closeChallenge(Viewer viewer, long challengeId, CloseReason reason, String note, Long duplicateOfId) {
        Challenge challenge = moderatedChallenge(viewer, challengeId);
        var problems = new InvalidInput.Collector();
        String why = Texts.clean(note);
        if (reason == null) {
            problems.add("closeReason", "Choose why the challenge is closed.");
        }
        if (Texts.length(why) > 500) {
            problems.add("closeNote", "Keep the note under 500 characters.");
        }
        if (reason == CloseReason.OTHER && why.isEmpty()) {
            problems.add("closeNote", "Say why the challenge is closed.");
        }
        Long original = null;
        if (reason == CloseReason.DUPLICATE) {
            if (duplicateOfId == null) {
                problems.add("original", "Give the number or address of the original challenge.");
            } else if (duplicateOfId == challengeId) {
                problems.add("original", "A challenge cannot be a duplicate of itself. Give the original one.");
            } else {
                boolean exists = challenges.find(duplicateOfId).filter(c -> !c.isDeleted()).isPresent();
                try {
                    exists = exists && !visibleHead(viewer, duplicateOfId).deleted();
                } catch (NotFound e) {
                    exists = false;
                }
                if (!exists) {
                    problems.add("original", "There is no challenge number " + duplicateOfId + ".");
                }
                original = duplicateOfId;
            }
        }
        problems.throwIfAny();
        if (challenge.getStatus() == ChallengeStatus.CLOSED) {
            return;
        }
        challenge.close(reason, why.isEmpty() ? null : why, original);
        audit.record(viewer, AuditAction.CLOSE_CHALLENGE, AuditTarget.challenge(challengeId,
                visibleHead(viewer, challengeId).title()), reason.label() + (why.isEmpty() ? "" : ". " + why));
    }

    /** Reopens a closed challenge: it takes answers again. */
    @Transactional
    public void reopenChallenge(Viewer viewer, long challengeId, String note) {
        Challenge challenge = moderatedChallenge(viewer, challengeId);
        if (challenge.getStatus() != ChallengeStatus.CLOSED) {
            return;
        }
        challenge.reopen();
        String why = Texts.clean(note);
        audit.record(viewer, AuditAction.REOPEN_CHALLENGE, AuditTarget.challenge(challengeId,
                visibleHead(viewer, challengeId).title()), why.isEmpty() ? null : why);
    }

    private Challenge moderatedChallenge(Viewer viewer, long challengeId) {
        Challenge challenge = challenges.findLocked(challengeId).orElseThrow(() -> new NotFound("Challenge"));
        ChallengeHead head = visibleHead(viewer, challengeId);
        if (!access.canModerate(viewer, space(head.spaceId()))) {
            if (head.deleted()) {
                throw new NotFound("Challenge");
            }
            throw new Forbidden("Only moderators and the group's owners can close or reopen a challenge.");
        }
        if (head.deleted()) {
            throw new Forbidden("This challenge is deleted.");
        }
        return challenge;
    }

    /**
     * "Take this offline": the asker opens a private group (a collaboration room) linked to the challenge and
     * invites the answerers they choose. The room names the challenge; the challenge lists the room to those who
     * may see it. Returns the room's address.
     */
    @Transactional
    public String openRoom(Viewer viewer, long challengeId, String name, List<Long> answererIds) {
        ChallengeHead head = visibleHead(viewer, challengeId);
        if (!viewer.is(head.askerId()) || head.deleted()) {
            throw new Forbidden("Only the member who posted the challenge can open a room from it.");
        }
        var problems = new InvalidInput.Collector();
        Set<Long> answerers = answers.rows(challengeId, viewer.memberId(), false, MAX_ANSWERS_SHOWN).stream()
                .filter(r -> !r.deleted()).map(AnswerRow::authorId).collect(Collectors.toSet());
        List<Long> chosen = answererIds == null ? List.of() : answererIds.stream().distinct().toList();
        if (chosen.isEmpty()) {
            problems.add("answerers", "Choose at least one answerer to invite to the room.");
        } else if (!answerers.containsAll(chosen)) {
            problems.add("answerers", "Choose among the members who answered this challenge.");
        }
        var room = groups.createGroup(viewer, new GroupForm(name, "Follow-up of the challenge \u201c"
                + head.title() + "\u201d.", GroupVisibility.PRIVATE), challengeId, problems);
        groups.inviteAll(viewer, room, chosen, "Let us continue the challenge \u201c" + head.title()
                + "\u201d here.");
        return room.getSlug();
    }

    /** The newest challenges of a group, for those who may see it. */
    @Transactional
    public ChallengeList listInGroup(Viewer viewer, String groupSlug, PageRequest requested) {
        Space group = groupSpace(viewer, groupSlug);
        ChallengeQuery query = new ChallengeQuery(ChallengeQuery.View.NEWEST, List.of(group.getId()), List.of(),
                null, null, null);
        long total = challenges.count(query);
        PageRequest page = requested.within(total);
        List<ChallengeItem> items = challengeItems.of(challenges.pageIds(query, page.offset(), page.size()));
        return new ChallengeList(ChallengeQuery.View.NEWEST, false, List.of(), null,
                new Page<>(items, page.number(), page.size(), total));
    }

    private static List<CommentView> comments(Viewer viewer, List<CommentRow> rows, boolean moderator) {
        if (rows == null) {
            return List.of();
        }
        return rows.stream().map(c -> new CommentView(c.id(), c.authorId(), c.authorName(), c.body(), c.createdAt(),
                moderator || viewer.is(c.authorId()))).toList();
    }

    /**
     * Answers a challenge: one live answer per member (they edit it instead), not on a closed challenge. An expert
     * whose organisation sells something relevant ticks {@code conflictOfInterest} and says what it is; the
     * disclosure is shown on the answer.
     */
    @Transactional
    public PostLocation answer(Viewer viewer, long challengeId, String bodyHtml, boolean conflictOfInterest,
                               String disclosure, List<org.clusterforum.discussion.service.Upload> uploads) {
        // one answer at a time per challenge: a double submit waits here, then finds the first answer
        Challenge challenge = challenges.findLocked(challengeId).orElseThrow(() -> new NotFound("Challenge"));
        ChallengeHead head = visibleHead(viewer, challengeId);
        if (head.deleted()) {
            throw new NotFound("Challenge");
        }
        if (head.awaitingApproval()) {
            throw new Forbidden("This challenge awaits a moderator's approval: it takes answers once approved.");
        }
        if (head.status() == ChallengeStatus.CLOSED) {
            throw new Forbidden("This challenge is closed: it takes no new answers.");
        }
        var problems = new InvalidInput.Collector();
        if (!viewer.isAnonymous() && answers.liveAnswerOf(challengeId, viewer.memberId()).isPresent()) {
            problems.add(InvalidInput.GLOBAL, "You have already answered this challenge. Edit your answer instead.");
        }
        String cleanDisclosure = null;
        if (conflictOfInterest) {
            cleanDisclosure = Texts.clean(disclosure);
            if (cleanDisclosure.isEmpty()) {
                problems.add("disclosure", "Say briefly what your organisation sells that relates to this challenge.");
            } else if (Texts.length(cleanDisclosure) > Answer.MAX_DISCLOSURE) {
                problems.add("disclosure", "Shorten the disclosure to " + Answer.MAX_DISCLOSURE + " characters.");
            }
        }
        PostLocation location = discussions.appendPost(viewer, challengeId, bodyHtml, uploads, problems);
        Answer answer = answers.add(new Answer(location.postId(), challengeId, viewer.memberId(), cleanDisclosure,
                BaseEntity.now()));
        if (discussions.awaitsApproval(location.postId())) {
            answer.hold(); // counts, status and the expert's invitation follow on approval (onPostApproved)
            return location;
        }
        challenge.answerAdded();
        experts.answered(challengeId, viewer.memberId());
        return location;
    }

    /** Changes the conflict-of-interest disclosure of the viewer's own answer (or a moderator's edit of it). */
    @Transactional
    public void disclose(Viewer viewer, long answerId, boolean conflictOfInterest, String disclosure) {
        Answer answer = visibleAnswer(viewer, answerId);
        Space space = space(challenge(answer.getChallengeId()).getSpaceId());
        if (answer.isDeleted() || !access.canEditPost(viewer, space, answer.getAuthorId())) {
            throw new Forbidden("You can only edit your own answer.");
        }
        String clean = conflictOfInterest ? Texts.clean(disclosure) : null;
        if (clean != null && (clean.isEmpty() || Texts.length(clean) > Answer.MAX_DISCLOSURE)) {
            throw InvalidInput.of("disclosure", "Say in up to " + Answer.MAX_DISCLOSURE
                    + " characters what your organisation sells that relates to this challenge.");
        }
        answer.disclose(clean);
    }

    /**
     * Votes on a challenge: +1, -1, or 0 to take the vote back. One vote per member; voting the same way again
     * changes nothing. Not on your own challenge. Returns the new score.
     */
    @Transactional
    public int voteOnChallenge(Viewer viewer, long challengeId, int value) {
        // the row lock comes first: reading the challenge's votes before it could deadlock with a concurrent vote
        Challenge challenge = challenges.findLocked(challengeId).orElseThrow(() -> new NotFound("Challenge"));
        Object[] opening = challenges.openingPost(challengeId);
        requireMayVote(viewer, challenge.getSpaceId(), challenge.getAskerId(),
                challenge.isDeleted() || (Boolean) opening[1], "challenge");
        int from = applyVote(viewer, (Long) opening[0], value);
        if (from != value) {
            challenge.revote(from, value);
            award(challenge.getSpaceId(), challenge.getAskerId(), Reputation.ofVoteChange(false, from, value));
        }
        return challenge.getScore();
    }

    /** Votes on an answer, like {@link #voteOnChallenge}. Returns the answer's new score. */
    @Transactional
    public int voteOnAnswer(Viewer viewer, long answerId, int value) {
        Answer visible = visibleAnswer(viewer, answerId);
        requireMayVote(viewer, challenge(visible.getChallengeId()).getSpaceId(), visible.getAuthorId(),
                visible.isDeleted(), "answer");
        Answer answer = answers.findLocked(answerId).orElseThrow(() -> new NotFound("Answer"));
        int from = applyVote(viewer, answerId, value);
        if (from != value) {
            answer.revote(from, value);
            award(challenge(answer.getChallengeId()).getSpaceId(), answer.getAuthorId(),
                    Reputation.ofVoteChange(true, from, value));
        }
        return answer.getScore();
    }

    private void requireMayVote(Viewer viewer, long spaceId, long authorId, boolean deleted, String what) {
        Space space = space(spaceId);
        if (deleted || !access.canSee(viewer, space)) {
            throw new NotFound("Post"); // first: an outsider learns nothing, not even that it exists
        }
        if (viewer.isAnonymous() || !viewer.can(Permission.REPLY)) {
            throw new Forbidden("Sign in to vote.");
        }
        if (!access.canTakePart(viewer, space)) {
            throw new Forbidden("Join the group to vote.");
        }
        if (viewer.is(authorId)) {
            throw new Forbidden("You cannot vote on your own " + what + ".");
        }
    }

    /** Records the viewer's vote on a post (its row is locked by the caller); returns the vote it replaced. */
    private int applyVote(Viewer viewer, long postId, int value) {
        if (value < -1 || value > 1) {
            throw InvalidInput.of(InvalidInput.GLOBAL, "A vote is up, down or none.");
        }
        accounts.activeMember(viewer);
        var existing = answers.vote(postId, viewer.memberId());
        int from = existing.map(Vote::getValue).orElse(0);
        if (from == value) {
            return from;
        }
        if (existing.isEmpty()) {
            answers.addVote(new Vote(postId, viewer.memberId(), value));
        } else if (value == 0) {
            answers.removeVote(existing.get());
        } else {
            existing.get().change(value);
        }
        return from;
    }

    /**
     * Accepts an answer (the asker or a moderator): the challenge is solved. Accepting another answer moves the
     * acceptance; accepting the same one again changes nothing.
     */
    @Transactional
    public void acceptAnswer(Viewer viewer, long answerId) {
        Answer visible = visibleAnswer(viewer, answerId);
        Challenge challenge = challenges.findLocked(visible.getChallengeId())
                .orElseThrow(() -> new NotFound("Challenge"));
        requireMayAccept(viewer, challenge);
        Answer answer = answers.findLocked(answerId).orElseThrow(() -> new NotFound("Answer"));
        if (answer.isDeleted()) {
            throw new Forbidden("A deleted answer cannot be accepted.");
        }
        if (answer.isAccepted()) {
            return;
        }
        unaccept(challenge);
        answer.accepted(true);
        if (answer.getAuthorId() != challenge.getAskerId()) {
            award(challenge.getSpaceId(), answer.getAuthorId(), Reputation.ACCEPTED);
        }
        challenge.accept(answerId, BaseEntity.now());
        tell(ChallengeNotice.Kind.ANSWER_ACCEPTED, answerId, viewer, Set.of(answer.getAuthorId()),
                challenge.getSpaceId());
        Set<Long> watchers = new java.util.HashSet<>(discussions.watchersOf(challenge.getId()));
        watchers.remove(answer.getAuthorId());
        watchers.remove(challenge.getAskerId());
        tell(ChallengeNotice.Kind.CHALLENGE_SOLVED, answerId, viewer, watchers, challenge.getSpaceId());
    }

    /** Withdraws the acceptance: the challenge is answered again, not solved. */
    @Transactional
    public void withdrawAcceptance(Viewer viewer, long challengeId) {
        visibleHead(viewer, challengeId);
        Challenge challenge = challenges.findLocked(challengeId).orElseThrow(() -> new NotFound("Challenge"));
        requireMayAccept(viewer, challenge);
        unaccept(challenge);
        challenge.withdrawAcceptance();
    }

    private void unaccept(Challenge challenge) {
        Long previous = challenge.getAcceptedAnswerId();
        if (previous == null) {
            return;
        }
        Answer before = answers.findLocked(previous).orElseThrow(() -> new NotFound("Answer"));
        before.accepted(false);
        if (before.getAuthorId() != challenge.getAskerId()) {
            award(challenge.getSpaceId(), before.getAuthorId(), -Reputation.ACCEPTED);
        }
    }

    private void requireMayAccept(Viewer viewer, Challenge challenge) {
        boolean moderator = access.canModerate(viewer, space(challenge.getSpaceId()));
        if (!viewer.is(challenge.getAskerId()) && !moderator) {
            throw new Forbidden("Only the member who posted the challenge (or a moderator) can accept an answer.");
        }
        if (challenge.getStatus() == ChallengeStatus.CLOSED) {
            throw new Forbidden("This challenge is closed.");
        }
    }

    /**
     * The asker marks an answer helpful (any number of them, besides the one accepted), or takes the mark back.
     */
    @Transactional
    public void markHelpful(Viewer viewer, long answerId, boolean helpful) {
        Answer visible = visibleAnswer(viewer, answerId);
        Challenge challenge = challenge(visible.getChallengeId());
        if (!viewer.is(challenge.getAskerId())) {
            throw new Forbidden("Only the member who posted the challenge can mark answers helpful.");
        }
        if (viewer.is(visible.getAuthorId())) {
            throw new Forbidden("You cannot mark your own answer helpful.");
        }
        Answer answer = answers.findLocked(answerId).orElseThrow(() -> new NotFound("Answer"));
        if (answer.isDeleted() || answer.isHelpful() == helpful) {
            return;
        }
        answer.helpful(helpful);
        award(challenge.getSpaceId(), answer.getAuthorId(), helpful ? Reputation.HELPFUL : -Reputation.HELPFUL);
    }

    /** A short plain-text comment on the challenge ({@code postId} its opening post) or one of its answers. */
    @Transactional
    public void comment(Viewer viewer, long challengeId, long postId, String text) {
        ChallengeHead head = visibleHead(viewer, challengeId);
        if (viewer.isAnonymous() || !viewer.can(Permission.REPLY)) {
            throw new Forbidden("Sign in to comment.");
        }
        if (!access.canTakePart(viewer, space(head.spaceId()))) {
            throw new Forbidden("Join the group to comment.");
        }
        if (head.status() == ChallengeStatus.CLOSED) {
            throw new Forbidden("This challenge is closed.");
        }
        long authorId;
        if (postId == head.postId()) {
            authorId = head.askerId();
        } else {
            Answer answer = answers.find(postId).filter(a -> a.getChallengeId() == challengeId && !a.isDeleted())
                    .orElseThrow(() -> new NotFound("Answer"));
            authorId = answer.getAuthorId();
        }
        String clean = Texts.clean(text);
        if (Texts.length(clean) < ChallengeComment.MIN_LENGTH) {
            throw InvalidInput.of("comment", "Write a comment of at least " + ChallengeComment.MIN_LENGTH
                    + " characters.");
        }
        if (Texts.length(clean) > ChallengeComment.MAX_LENGTH) {
            throw InvalidInput.of("comment", "Comments are short: at most " + ChallengeComment.MAX_LENGTH
                    + " characters (yours has " + Texts.length(clean) + "). Post an answer for more.");
        }
        org.clusterforum.platform.watchwords.WordCheck words = watchedWords.check(clean);
        if (words.blocks()) {
            throw InvalidInput.of("comment", words.blockedMessage());
        }
        accounts.activeMember(viewer);
        answers.addComment(new ChallengeComment(challengeId, postId, viewer.memberId(), clean));
        tell(ChallengeNotice.Kind.COMMENT, postId, viewer, Set.of(authorId), head.spaceId());
    }

    /** Deletes a comment: its author or a moderator. */
    @Transactional
    public long deleteComment(Viewer viewer, long commentId) {
        return deleteComment(viewer, commentId, null);
    }

    /**
     * Deletes a comment: its author, or a moderator (or the group's owner), whose deletion of someone else's
     * comment is in the audit log with the reason. Deleting it twice changes nothing.
     */
    @Transactional
    public long deleteComment(Viewer viewer, long commentId, String reason) {
        ChallengeComment comment = answers.findComment(commentId).orElseThrow(() -> new NotFound("Comment"));
        ChallengeHead head = visibleHead(viewer, comment.getChallengeId());
        Space space = space(head.spaceId());
        if (!viewer.is(comment.getAuthorId()) && !access.canModerate(viewer, space)) {
            throw new Forbidden("You can only delete your own comments.");
        }
        if (!comment.isDeleted()) {
            comment.delete();
            if (!viewer.is(comment.getAuthorId())) {
                audit.record(viewer, AuditAction.DELETE_COMMENT,
                        AuditTarget.challenge(comment.getChallengeId(), head.title()), reason);
            }
        }
        return comment.getChallengeId();
    }

    /** Whether each of these challenges is solved, and its tags, by challenge id (threads that are not: absent). */
    @Transactional
    public Map<Long, ChallengeFacts> searchFacts(Collection<Long> threadIds) {
        if (threadIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Tag>> tagsOf = challenges.tagsOf(threadIds);
        java.util.Set<Long> solved = challenges.solvedAmong(threadIds);
        Map<Long, ChallengeFacts> facts = new HashMap<>();
        for (Long id : threadIds) {
            facts.put(id, new ChallengeFacts(solved.contains(id),
                    tagsOf.getOrDefault(id, List.of()).stream().map(Tag::getSlug).toList()));
        }
        return facts;
    }

    /** A comment the viewer can see (on a challenge they can see), to report it. */
    @Transactional
    public CommentSummary commentSummary(Viewer viewer, long commentId) {
        ChallengeComment comment = answers.findComment(commentId).filter(c -> !c.isDeleted())
                .orElseThrow(() -> new NotFound("Comment"));
        ChallengeHead head = visibleHead(viewer, comment.getChallengeId());
        if (head.deleted()) {
            throw new NotFound("Comment");
        }
        return summary(comment, head, space(head.spaceId()), accounts.cards(List.of(comment.getAuthorId())));
    }

    /** The given comments that the viewer moderates (deleted ones too), by id: for the review queue. */
    @Transactional
    public Map<Long, CommentSummary> commentsForModeration(Viewer viewer, Collection<Long> commentIds) {
        List<ChallengeComment> comments = commentIds.stream().map(answers::findComment)
                .flatMap(java.util.Optional::stream).toList();
        Map<Long, MemberCard> authors = accounts.cards(comments.stream().map(ChallengeComment::getAuthorId)
                .collect(java.util.stream.Collectors.toSet()));
        Map<Long, CommentSummary> found = new HashMap<>();
        for (ChallengeComment comment : comments) {
            try {
                ChallengeHead head = visibleHead(viewer, comment.getChallengeId());
                Space space = space(head.spaceId());
                if (access.canModerate(viewer, space)) {
                    found.put(comment.getId(), summary(comment, head, space, authors));
                }
            } catch (NotFound e) {
                // gone, or not the viewer's to see: not theirs to review
            }
        }
        return found;
    }

    private static CommentSummary summary(ChallengeComment comment, ChallengeHead head, Space space,
                                          Map<Long, MemberCard> authors) {
        MemberCard author = authors.get(comment.getAuthorId());
        return new CommentSummary(comment.getId(), comment.getChallengeId(), head.title(), comment.getAuthorId(),
                author == null ? "A former member" : author.displayName(), comment.getBody(), head.spaceId(),
                space.getName(), comment.isDeleted());
    }

    /** Watches a challenge (or stops): watchers are told of new answers and when it is solved. */
    @Transactional
    public void watch(Viewer viewer, long challengeId, boolean watch) {
        visibleHead(viewer, challengeId);
        discussions.watchThread(viewer, challengeId, watch);
    }

    /**
     * A deleted answer (its post was deleted) no longer counts: the challenge's answer count and status follow,
     * an acceptance of it is withdrawn, and its author loses what it earned. Runs in the deleting transaction.
     */
    void onPostDeleted(@Observes PostDeleted event) {
        answers.find(event.postId()).filter(Answer::isHeld)
                .ifPresent(held -> answers.findLocked(held.getId()).orElseThrow().delete()); // never counted
        challenges.find(event.threadId()).filter(c -> !c.isDeleted()).ifPresent(found -> {
            if (event.openingPost()) {
                Challenge challenge = challenges.findLocked(found.getId()).orElseThrow();
                List<Long> tagIds = challenges.tagIdsOf(challenge.getId());
                challenge.delete(tagIds);
                tagIds.forEach(tagId -> challenges.untag(challenge.getId(), tagId));
                if (space(challenge.getSpaceId()).isPublic()) {
                    tags.adjustChallengeCount(tagIds, -1);
                }
            }
        });
        answers.find(event.postId()).filter(a -> !a.isDeleted()).ifPresent(found -> {
            Challenge challenge = challenges.findLocked(found.getChallengeId()).orElseThrow();
            Answer answer = answers.findLocked(found.getId()).orElseThrow();
            award(challenge.getSpaceId(), answer.getAuthorId(), -Reputation.earnedBy(answer, challenge.getAskerId()));
            answer.delete();
            challenge.answerRemoved(answer.getId());
        });
    }

    /**
     * A waiting challenge or answer was approved: the challenge is listed with its tags and matching experts are
     * invited; the answer counts (answer count, status) and an invited expert's invitation is answered. Runs in
     * the approving transaction.
     */
    void onPostApproved(@Observes PostApproved event) {
        if (!event.published()) {
            return;
        }
        if (event.openingPost()) {
            challenges.find(event.threadId()).filter(Challenge::isDeleted).ifPresent(found -> {
                Challenge challenge = challenges.findLocked(found.getId()).orElseThrow();
                List<Long> tagIds = relist(challenge);
                if (space(challenge.getSpaceId()) instanceof ChallengeBoard) {
                    experts.inviteMatching(challenge, event.postId(), tagIds);
                }
            });
        }
        answers.find(event.postId()).filter(Answer::isHeld).ifPresent(found -> {
            Challenge challenge = challenges.findLocked(found.getChallengeId()).orElseThrow();
            Answer answer = answers.findLocked(found.getId()).orElseThrow();
            answer.release();
            challenge.answerAdded();
            experts.answered(challenge.getId(), answer.getAuthorId());
        });
    }

    /**
     * A moderator restored a deleted challenge or answer: the challenge is listed again with its tags; the answer
     * is live again (not accepted), counts and its author's reputation come back. An answer whose author has
     * answered again since cannot come back beside the new one. Runs in the restoring transaction.
     */
    void onPostRestored(@Observes PostRestored event) {
        challenges.find(event.threadId()).filter(c -> event.openingPost() && c.isDeleted())
                .ifPresent(found -> relist(challenges.findLocked(found.getId()).orElseThrow()));
        answers.find(event.postId()).filter(Answer::isDeleted).ifPresent(found -> {
            Challenge challenge = challenges.findLocked(found.getChallengeId()).orElseThrow();
            Answer answer = answers.findLocked(found.getId()).orElseThrow();
            if (answers.liveAnswerOf(challenge.getId(), answer.getAuthorId()).isPresent()) {
                throw new Forbidden("Its author has answered this challenge again since: their newer answer stays,"
                        + " so this one cannot come back.");
            }
            answer.restore();
            challenge.answerAdded();
            award(challenge.getSpaceId(), answer.getAuthorId(), Reputation.earnedBy(answer, challenge.getAskerId()));
        });
    }

    /**
     * Lists an unlisted (deleted or waiting) challenge again, with the tags set aside with it, counted on the public
     * tag list when it is public; returns those tags.
     */
    private List<Long> relist(Challenge challenge) {
        List<Long> tagIds = challenge.restore();
        tags.findAll(tagIds).forEach(tag -> challenges.tag(new ChallengeTag(challenge, tag)));
        if (space(challenge.getSpaceId()).isPublic()) {
            tags.adjustChallengeCount(tagIds, +1);
        }
        return tagIds;
    }

    /** One page of a challenge list: a view, optionally narrowed to challenges carrying all the given tags. */
    @Transactional
    public ChallengeList list(Viewer viewer, ChallengeQuery.View view, boolean mine, List<String> tagSlugs,
                             PageRequest requested) {
        return list(viewer, view, mine, tagSlugs, null, requested);
    }

    /**
     * One page of a challenge list, optionally narrowed to challenges with all the given tags and to those related
     * to one theme ({@code themeSlug}; an unknown theme is NotFound).
     */
    @Transactional
    public ChallengeList list(Viewer viewer, ChallengeQuery.View view, boolean mine, List<String> tagSlugs,
                             String themeSlug, PageRequest requested) {
        ChallengeBoard board = board();
        ThemeView theme = themeSlug == null || themeSlug.isBlank() ? null
                : discussions.theme(viewer, themeSlug.strip()).orElseThrow(() -> new NotFound("Theme"));
        List<String> wanted = tagSlugs == null ? List.of() : tagSlugs.stream()
                .filter(s -> s != null && !s.isBlank()).distinct().limit(MAX_TAGS).toList();
        List<Tag> chosen = tags.findBySlugs(wanted).stream().filter(Tag::isApproved)
                .sorted(Comparator.comparingInt(Tag::getChallengeCount)).toList();
        if (chosen.size() != wanted.size()) {
            throw new NotFound("Tag"); // a list by a tag that does not exist is a page that does not exist
        }
        if (mine && viewer.isAnonymous()) {
            throw new Forbidden("Sign in to see your challenges.");
        }
        // "top" starts a month back to the hour, so the lists' counts can be kept per list (see ListCounts)
        ChallengeQuery query = new ChallengeQuery(view, List.of(board.getId()),
                chosen.stream().map(Tag::getId).toList(), mine ? viewer.memberId() : null,
                theme == null ? null : theme.id(), view == ChallengeQuery.View.TOP
                ? BaseEntity.now().minus(TOP_WINDOW).truncatedTo(java.time.temporal.ChronoUnit.HOURS) : null);
        // a member's own list is short and must be exact; the shared lists' totals may lag by seconds
        long total = mine ? challenges.count(query) : listCounts.of(query);
        PageRequest page = requested.within(total);
        List<Long> ids = challenges.pageIds(query, page.offset(), page.size());
        List<ChallengeItem> items = challengeItems.of(ids);
        return new ChallengeList(view, mine, chosen.stream().sorted(Comparator.comparing(Tag::getName))
                .map(TagView::of).toList(), theme, new Page<>(items, page.number(), page.size(), total));
    }

    private ChallengeHead visibleHead(Viewer viewer, long challengeId) {
        return challenges.head(challengeId, viewer.memberId())
                .filter(h -> !h.awaitingApproval() || viewer.is(h.askerId())
                        || access.canModerate(viewer, space(h.spaceId()))) // waiting: its asker and moderators
                .filter(h -> access.canOpen(viewer, space(h.spaceId()), "challenge " + challengeId))
                .orElseThrow(() -> new NotFound("Challenge"));
    }

    private Answer visibleAnswer(Viewer viewer, long answerId) {
        return answers.find(answerId)
                .filter(a -> access.canSee(viewer, space(challenge(a.getChallengeId()).getSpaceId())))
                .orElseThrow(() -> new NotFound("Answer"));
    }

    private Challenge challenge(long id) {
        return challenges.find(id).orElseThrow(() -> new NotFound("Challenge"));
    }

    /** A group the viewer may see, to post a challenge in or list its challenges. */
    private Space groupSpace(Viewer viewer, String slug) {
        return spaces.findBySlug(slug.strip()).filter(Space::hasMembers).filter(s -> access.canSee(viewer, s))
                .orElseThrow(() -> new NotFound("Group"));
    }

    /**
     * Reputation is public (profiles, next to names), so only votes and acceptances in spaces everyone may read
     * earn it: what happens in a private group stays there.
     */
    private void award(long spaceId, long memberId, int delta) {
        if (space(spaceId).isPublic()) {
            accounts.awardReputation(memberId, delta);
        }
    }

    private Space space(long spaceId) {
        return challenges.space(spaceId).orElseThrow(() -> new NotFound("Space"));
    }

    private void requireMayEdit(Viewer viewer, ChallengeHead head) {
        if (head.deleted() || !access.canEditPost(viewer, space(head.spaceId()), head.askerId())) {
            throw new Forbidden("You can only edit your own challenges.");
        }
    }

    /** Tells members about a challenge, only those who may see it, never the actor. */
    private void tell(ChallengeNotice.Kind kind, long postId, Viewer actor, Set<Long> recipients, long spaceId) {
        Space space = space(spaceId);
        Set<Long> told = accounts.viewersOf(recipients).stream()
                .filter(v -> !actor.is(v.memberId()) && access.canSee(v, space)).map(Viewer::memberId)
                .collect(Collectors.toSet());
        if (!told.isEmpty()) {
            notices.fire(new ChallengeNotice(kind, postId, actor.memberId(), told));
        }
    }
}
