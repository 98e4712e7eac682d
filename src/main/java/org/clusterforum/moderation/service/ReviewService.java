package org.clusterforum.moderation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.clusterforum.account.service.AccountService;
import org.clusterforum.account.service.MemberCard;
import org.clusterforum.account.service.SanctionService;
import org.clusterforum.discussion.service.PostApproved;
import org.clusterforum.challenge.service.ChallengeService;
import org.clusterforum.challenge.service.CommentSummary;
import org.clusterforum.discussion.service.PostAwaitingApproval;
import org.clusterforum.discussion.service.PostFlagged;
import jakarta.enterprise.event.TransactionPhase;
import org.clusterforum.discussion.service.PostService;
import org.clusterforum.discussion.service.PostSummary;
import org.clusterforum.discussion.service.ThreadModeration;
import org.clusterforum.moderation.model.Report;
import org.clusterforum.moderation.model.ReportReason;
import org.clusterforum.moderation.model.Resolution;
import org.clusterforum.moderation.model.ReviewItem;
import org.clusterforum.moderation.model.ReviewRepository;
import org.clusterforum.moderation.model.ReviewTarget;
import org.clusterforum.platform.audit.AuditAction;
import org.clusterforum.platform.audit.AuditTarget;
import org.clusterforum.platform.audit.AuditTrail;
import org.clusterforum.platform.persistence.BaseEntity;
import org.clusterforum.platform.persistence.Page;
import org.clusterforum.platform.persistence.PageRequest;
import org.clusterforum.platform.security.Permission;
import org.clusterforum.platform.security.Viewer;
import org.clusterforum.platform.space.SpaceAccess;
import org.clusterforum.platform.space.SpaceRepository;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.validation.Texts;

/**
 * Reports and the review queue. Members report a post (a discussion post, a challenge or an answer) or a member
 * with a reason; reports on the same item gather into one open queue entry. Moderators handle every entry, a
 * group's owners those about posts in their group: dismiss, or hide the post; moderators also warn or suspend the
 * author. Each decision needs a reason, is in the audit log, and is told to the reporters.
 */
@ApplicationScoped
public class ReviewService {

    public static final int ENTRIES_PER_PAGE = 20;

    @Inject
    ReviewRepository reviews;

    @Inject
    PostService posts;

    @Inject
    ThreadModeration threadModeration;

    @Inject
    SanctionService sanctions;

    @Inject
    AccountService accounts;

    @Inject
    SpaceAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    SpaceRepository spaces;

    @Inject
    ChallengeService challengeService;

    /**
     * Reports a post the viewer can see (not their own). Returns false when they had already reported it and
     * it is still waiting: a second report by the same member adds nothing.
     */
    @Transactional
    public boolean reportPost(Viewer viewer, long postId, ReportReason reason, String detail) {
        requireSignedIn(viewer);
        PostSummary post = posts.summary(viewer, postId);
        if (viewer.is(post.authorId())) {
            throw new Forbidden("You cannot report your own post. Edit or delete it instead.");
        }
        String why = checked(reason, detail);
        return report(viewer, ReviewTarget.POST, postId, post.spaceId(), reason, why);
    }

    /** Reports a member (their conduct rather than one post). */
    @Transactional
    public boolean reportMember(Viewer viewer, long memberId, ReportReason reason, String detail) {
        requireSignedIn(viewer);
        if (accounts.cards(List.of(memberId)).isEmpty()) {
            throw new NotFound("Member");
        }
        if (viewer.is(memberId)) {
            throw new Forbidden("You cannot report yourself.");
        }
        String why = checked(reason, detail);
        return report(viewer, ReviewTarget.MEMBER, memberId, null, reason, why);
    }

    /** Reports a comment on a challenge or an answer that the viewer can see (not their own). */
    @Transactional
    public boolean reportComment(Viewer viewer, long commentId, ReportReason reason, String detail) {
        requireSignedIn(viewer);
        CommentSummary comment = challengeService.commentSummary(viewer, commentId);
        if (viewer.is(comment.authorId())) {
            throw new Forbidden("You cannot report your own comment. Delete it instead.");
        }
        String why = checked(reason, detail);
        return report(viewer, ReviewTarget.COMMENT, commentId, comment.spaceId(), reason, why);
    }

    private boolean report(Viewer viewer, ReviewTarget kind, long targetId, Long spaceId, ReportReason reason,
                           String detail) {
        Instant now = BaseEntity.now();
        ReviewItem item = reviews.findOpenLocked(kind, targetId).orElse(null);
        if (item == null) {
            try {
                item = reviews.add(new ReviewItem(kind, targetId, spaceId, now));
            } catch (PersistenceException e) {
                throw new InvalidInput(Map.of(InvalidInput.GLOBAL,
                        "Someone reported this at the same moment. Send your report again."));
            }
        } else if (reviews.hasReported(item.getId(), viewer.memberId())) {
            return false;
        }
        item.reported(now);
        reviews.addReport(new Report(item.getId(), viewer.memberId(), reason, detail, now));
        return true;
    }

    /** A new member's post waits: it joins the queue (in the transaction that posted it). */
    void onAwaiting(@Observes PostAwaitingApproval event) {
        Instant now = BaseEntity.now();
        reviews.add(ReviewItem.awaiting(event.postId(), event.spaceId(), now).flagged(event.note(), now));
    }

    /**
     * A published post has a watched word: once it is committed, it joins the queue (in its own transaction, so
     * a clash with a report arriving at the same moment never costs the writer their post).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void onFlagged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PostFlagged event) {
        Instant now = BaseEntity.now();
        ReviewItem item = reviews.findOpenLocked(ReviewTarget.POST, event.postId())
                .orElseGet(() -> reviews.add(new ReviewItem(ReviewTarget.POST, event.postId(), event.spaceId(), now)));
        item.flagged(event.note(), now);
    }

    /** Approved anywhere (the thread page or the queue): its entry closes. */
    void onApproved(@Observes PostApproved event) {
        reviews.findOpenLocked(ReviewTarget.APPROVAL, event.postId()).ifPresent(item ->
                item.resolve(Resolution.APPROVED, null, event.approverId(), BaseEntity.now()));
    }

    /**
     * One page of open entries the viewer may handle, most recently reported first: everything for moderators,
     * their groups' posts for group owners; {@code kind} narrows to posts or members, {@code spaceId} to one theme
     * or group. Anyone else is refused.
     */
    @Transactional
    public Page<ReviewEntry> queue(Viewer viewer, ReviewTarget kind, String placeSlug, PageRequest requested) {
        Long spaceId = placeSlug == null || placeSlug.isBlank() ? null
                : spaces.findBySlug(placeSlug).map(s -> s.getId()).orElse(-1L);
        boolean moderator = viewer.can(Permission.MODERATE);
        List<Long> owned = access.ownedSpaceIds(viewer);
        if (!moderator && owned.isEmpty()) {
            throw new Forbidden("Only moderators and group owners review reports.");
        }
        Collection<Long> spaces = moderator ? null : owned;
        if (spaceId != null) {
            spaces = spaces == null || spaces.contains(spaceId) ? List.of(spaceId) : List.of();
        }
        ReviewTarget narrowed = moderator || kind != ReviewTarget.MEMBER ? kind : ReviewTarget.POST;
        long total = reviews.countOpen(narrowed, spaces);
        PageRequest page = requested.within(total);
        List<ReviewItem> items = reviews.open(narrowed, spaces, page.offset(), page.size());
        return new Page<>(entries(viewer, items, moderator), page.number(), page.size(), total);
    }

    /** The themes and groups a moderator can narrow the queue to: those with waiting reports, by name. */
    @Transactional
    public List<org.clusterforum.discussion.service.Place> placesWithReports(Viewer viewer) {
        List<Long> owned = viewer.can(Permission.MODERATE) ? null : access.ownedSpaceIds(viewer);
        if (owned != null && owned.isEmpty()) {
            return List.of();
        }
        return spaces.findAll(reviews.openSpaceIds().stream().filter(id -> owned == null || owned.contains(id))
                        .toList()).stream()
                .map(s -> new org.clusterforum.discussion.service.Place(s.getName(), s.getSlug(), s.hasMembers()))
                .sorted(java.util.Comparator.comparing(org.clusterforum.discussion.service.Place::name)).toList();
    }

    /** How many entries wait for the viewer (moderators only; 0 for everyone else). */
    @Transactional
    public long waitingCount(Viewer viewer) {
        return viewer.can(Permission.MODERATE) ? reviews.countOpen(null, null) : 0;
    }

    private List<ReviewEntry> entries(Viewer viewer, List<ReviewItem> items, boolean moderator) {
        Map<Long, List<Report>> reportsByItem = reviews.reportsOf(items.stream().map(ReviewItem::getId).toList())
                .stream().collect(Collectors.groupingBy(Report::getReviewItemId));
        Set<Long> memberIds = new HashSet<>();
        reportsByItem.values().forEach(list -> list.forEach(r -> memberIds.add(r.getReporterId())));
        items.stream().filter(i -> i.getTargetKind() == ReviewTarget.MEMBER).forEach(i -> memberIds.add(i.getTargetId()));
        Map<Long, MemberCard> cards = accounts.cards(memberIds);
        Map<Long, PostSummary> postSummaries = posts.summariesForModeration(viewer, items.stream()
                .filter(i -> i.getTargetKind() != ReviewTarget.MEMBER && i.getTargetKind() != ReviewTarget.COMMENT)
                .map(ReviewItem::getTargetId).toList());
        List<Long> commentIds = items.stream().filter(i -> i.getTargetKind() == ReviewTarget.COMMENT)
                .map(ReviewItem::getTargetId).toList();
        Map<Long, CommentSummary> comments = commentIds.isEmpty() ? Map.of()
                : challengeService.commentsForModeration(viewer, commentIds);
        List<ReviewEntry> entries = new ArrayList<>();
        for (ReviewItem item : items) {
            List<ReviewEntry.ReportLine> lines = reportsByItem.getOrDefault(item.getId(), List.of()).stream()
                    .map(r -> new ReviewEntry.ReportLine(name(cards, r.getReporterId()), r.getReason().label(),
                            r.getDetail(), r.getCreatedAt())).toList();
            if (item.getTargetKind() == ReviewTarget.COMMENT) {
                CommentSummary comment = comments.get(item.getTargetId());
                if (comment != null) {
                    entries.add(new ReviewEntry(item.getId(), ReviewTarget.COMMENT, null, comment.authorId(),
                            comment.authorName(), lines, item.getLastReportedAt(), true, moderator, null, comment));
                }
            } else if (item.getTargetKind() != ReviewTarget.MEMBER) {
                PostSummary post = postSummaries.get(item.getTargetId());
                if (post == null) {
                    continue; // a post the viewer may not moderate (or gone): not theirs to review
                }
                entries.add(new ReviewEntry(item.getId(), item.getTargetKind(), post, post.authorId(),
                        post.authorName(), lines, item.getLastReportedAt(), true, moderator, item.getFlagNote(), null));
            } else {
                entries.add(new ReviewEntry(item.getId(), ReviewTarget.MEMBER, null, item.getTargetId(),
                        name(cards, item.getTargetId()), lines, item.getLastReportedAt(), moderator, moderator, null,
                        null));
            }
        }
        return entries;
    }

    private static String name(Map<Long, MemberCard> cards, long id) {
        MemberCard card = cards.get(id);
        return card == null ? "A former member" : card.displayName();
    }

    /** Closes the entry without action: the reported item was fine. */
    @Transactional
    public void dismiss(Viewer viewer, long entryId, String note) {
        ReviewItem item = decidable(viewer, entryId);
        String why = note(note, "Say why no action is needed: it stays in the audit log.");
        resolve(viewer, item, Resolution.DISMISSED, why);
        audit.record(viewer, AuditAction.DISMISS_REPORT, target(item), why);
    }

    /** Hides the reported post; its author sees the reason. */
    @Transactional
    public void hidePost(Viewer viewer, long entryId, String note) {
        ReviewItem item = decidable(viewer, entryId);
        if (item.getTargetKind() == ReviewTarget.MEMBER) {
            throw new Forbidden("This report is about a member, not a post.");
        }
        if (item.getTargetKind() == ReviewTarget.COMMENT) {
            String why = note(note, "Give the reason for deleting the comment: it stays in the audit log.");
            challengeService.deleteComment(viewer, item.getTargetId(), why);
            resolve(viewer, item, Resolution.HIDDEN, why);
            return;
        }
        String why = note(note, "Give the reason for hiding the post: its author sees it.");
        threadModeration.hidePost(viewer, item.getTargetId(), why);
        resolve(viewer, item, Resolution.HIDDEN, why);
    }

    /** Approves the waiting post: everyone who may read its thread sees it from now on. */
    @Transactional
    public void approve(Viewer viewer, long entryId) {
        ReviewItem item = decidable(viewer, entryId);
        if (item.getTargetKind() != ReviewTarget.APPROVAL) {
            throw new Forbidden("This entry is a report, not a post waiting for approval.");
        }
        threadModeration.approvePost(viewer, item.getTargetId()); // closes the entry (onApproved)
    }

    /**
     * Rejects the waiting post with a note its author sees: a reply is hidden; an opening post takes its thread
     * with it (the thread is deleted, and nobody but moderators ever saw it).
     */
    @Transactional
    public void reject(Viewer viewer, long entryId, String note) {
        ReviewItem item = decidable(viewer, entryId);
        if (item.getTargetKind() != ReviewTarget.APPROVAL) {
            throw new Forbidden("This entry is a report, not a post waiting for approval.");
        }
        String why = note(note, "Say why the post is rejected: its author sees it.");
        PostSummary post = posts.summariesForModeration(viewer, List.of(item.getTargetId())).get(item.getTargetId());
        if (post == null) {
            throw new NotFound("Post");
        }
        if (post.opening()) {
            threadModeration.deleteThread(viewer, post.threadId(), why);
        } else {
            threadModeration.hidePost(viewer, item.getTargetId(), why);
        }
        resolve(viewer, item, Resolution.HIDDEN, why);
    }

    /** Warns the post's author (or the reported member), with the note as the warning. Moderators only. */
    @Transactional
    public void warnAuthor(Viewer viewer, long entryId, String note) {
        ReviewItem item = sanctionable(viewer, entryId);
        String why = note(note, "Write the warning: the member reads it as you write it.");
        sanctions.warnMember(viewer, subject(viewer, item), why);
        resolve(viewer, item, Resolution.WARNED, why);
    }

    /** Suspends the post's author (or the reported member) until the end of {@code until}, or until lifted. */
    @Transactional
    public void suspendAuthor(Viewer viewer, long entryId, String note, LocalDate until) {
        ReviewItem item = sanctionable(viewer, entryId);
        String why = note(note, "Give the reason for the suspension: the member sees it.");
        sanctions.suspendMember(viewer, subject(viewer, item), until, why);
        resolve(viewer, item, Resolution.SUSPENDED, why);
    }

    /** The viewer's reports handled since they last looked, to tell them the outcome. */
    @Transactional
    public List<ReportOutcome> handledReports(Viewer viewer) {
        if (viewer.isAnonymous() || !viewer.noticesWaiting()) {
            return List.of(); // known from the member's row, read once per request: no query
        }
        return reviews.handledUnseen(viewer.memberId()).stream().map(row -> {
            Report report = (Report) row[0];
            ReviewItem item = (ReviewItem) row[1];
            String what = item.getTargetKind() == ReviewTarget.MEMBER ? "a member"
                    : item.getTargetKind() == ReviewTarget.COMMENT ? "a comment" : "a post";
            return new ReportOutcome(report.getId(), what, item.getResolution().told(), report.getHandledAt());
        }).toList();
    }

    /** The reporter has read the outcomes shown to them. */
    @Transactional
    public void dismissOutcomes(Viewer viewer) {
        if (!viewer.isAnonymous()) {
            reviews.markSeen(viewer.memberId(), BaseEntity.now());
            accounts.outcomesSeen(viewer.memberId());
        }
    }

    private void resolve(Viewer viewer, ReviewItem item, Resolution how, String note) {
        Instant now = BaseEntity.now();
        item.resolve(how, note, viewer.memberId(), now);
        accounts.reportsHandled(reviews.unhandledReporters(item.getId())); // before they are marked handled
        reviews.markHandled(item.getId(), now);
    }

    private long subject(Viewer viewer, ReviewItem item) {
        if (item.getTargetKind() == ReviewTarget.MEMBER) {
            return item.getTargetId();
        }
        if (item.getTargetKind() == ReviewTarget.COMMENT) {
            CommentSummary comment = challengeService.commentsForModeration(viewer, List.of(item.getTargetId()))
                    .get(item.getTargetId());
            if (comment == null) {
                throw new NotFound("Comment");
            }
            return comment.authorId();
        }
        PostSummary post = posts.summariesForModeration(viewer, List.of(item.getTargetId())).get(item.getTargetId());
        if (post == null) {
            throw new NotFound("Post");
        }
        return post.authorId();
    }

    /** An open entry the viewer may decide on (moderators: all; owners: posts in their groups). */
    private ReviewItem decidable(Viewer viewer, long entryId) {
        ReviewItem item = reviews.findLocked(entryId).orElseThrow(() -> new NotFound("Report"));
        boolean moderator = viewer.can(Permission.MODERATE);
        boolean owner = item.getSpaceId() != null && access.ownedSpaceIds(viewer).contains(item.getSpaceId());
        if (!moderator && !owner) {
            throw new NotFound("Report");
        }
        if (!item.isOpen()) {
            throw new InvalidInput(Map.of(InvalidInput.GLOBAL,
                    "This report was already handled (" + item.getResolution().told() + ")."));
        }
        return item;
    }

    private ReviewItem sanctionable(Viewer viewer, long entryId) {
        ReviewItem item = decidable(viewer, entryId);
        if (!viewer.can(Permission.MODERATE)) {
            throw new Forbidden("Only moderators warn or suspend members.");
        }
        return item;
    }

    private static String checked(ReportReason reason, String detail) {
        var problems = new InvalidInput.Collector();
        String why = Texts.clean(detail);
        if (reason == null) {
            problems.add("reason", "Choose why you report this.");
        } else if (reason == ReportReason.OTHER && why.isEmpty()) {
            problems.add("detail", "Say what is wrong, so the moderators know what to look for.");
        }
        if (Texts.length(why) > Report.MAX_DETAIL) {
            problems.add("detail", "Keep the details under " + Report.MAX_DETAIL + " characters.");
        }
        problems.throwIfAny();
        return why.isEmpty() ? null : why;
    }

    private static String note(String note, String whenMissing) {
        String why = Texts.clean(note);
        if (why.isEmpty()) {
            throw InvalidInput.of("note", whenMissing);
        }
        if (Texts.length(why) > ReviewItem.MAX_NOTE) {
            throw InvalidInput.of("note", "Keep the note under " + ReviewItem.MAX_NOTE + " characters.");
        }
        return why;
    }

    private static AuditTarget target(ReviewItem item) {
        if (item.getTargetKind() == ReviewTarget.COMMENT) {
            return new AuditTarget("comment", item.getTargetId(), "Reported comment " + item.getTargetId(), null);
        }
        return item.getTargetKind() != ReviewTarget.MEMBER
                ? new AuditTarget("post", item.getTargetId(), "Reported post " + item.getTargetId(),
                        "/threads/post?id=" + item.getTargetId())
                : new AuditTarget("member", item.getTargetId(), "Reported member " + item.getTargetId(),
                        "/members/profile?id=" + item.getTargetId());
    }

    private static void requireSignedIn(Viewer viewer) {
        if (viewer.isAnonymous()) {
            throw new Forbidden("Sign in to report.");
        }
    }
}
