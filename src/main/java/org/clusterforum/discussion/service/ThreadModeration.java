package org.clusterforum.discussion.service;

import org.clusterforum.platform.time.ForumDays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.clusterforum.account.service.AccountService;
import org.clusterforum.discussion.model.ForumThread;
import org.clusterforum.discussion.model.Post;
import org.clusterforum.discussion.model.PostRepository;
import org.clusterforum.discussion.model.ThemeRepository;
import org.clusterforum.discussion.model.ThreadKind;
import org.clusterforum.discussion.model.ThreadRepository;
import org.clusterforum.platform.audit.AuditAction;
import org.clusterforum.platform.audit.AuditTarget;
import org.clusterforum.platform.audit.AuditTrail;
import org.clusterforum.platform.persistence.BaseEntity;
import org.clusterforum.platform.security.Viewer;
import org.clusterforum.platform.space.Space;
import org.clusterforum.platform.space.SpaceAccess;
import org.clusterforum.platform.space.SpaceRepository;
import org.clusterforum.platform.validation.Forbidden;
import org.clusterforum.platform.validation.InvalidInput;
import org.clusterforum.platform.validation.NotFound;
import org.clusterforum.platform.validation.Texts;

/**
 * Thread tools for moderators (and a group's owners, in their group): pin, lock, move, delete and restore
 * threads; hide and restore posts. Each method checks {@link SpaceAccess#canModerate}, keeps the counts on spaces
 * and profiles right, and writes the audit log in the same transaction. Acting twice (a double click) changes
 * nothing the second time and logs nothing more.
 */
@ApplicationScoped
public class ThreadModeration {

    public static final String REASON_FIELD = "reason";

    @Inject
    ThreadRepository threads;

    @Inject
    PostRepository posts;

    @Inject
    ThemeRepository spaceCounts;

    @Inject
    SpaceRepository spaces;

    @Inject
    SpaceAccess access;

    @Inject
    AccountService accounts;

    @Inject
    AuditTrail audit;

    @Inject
    DiscussionService discussions;

    @Inject
    PostService postService;

    @Inject
    Event<PostApproved> approved;

    @Inject
    Event<PostRestored> restored;

    @Inject
    org.clusterforum.discussion.model.WatchRepository watches;

    @Inject
    org.clusterforum.discussion.model.ReadRepository reads;

    public static final String MERGE_TARGET_FIELD = "mergeTarget";
    public static final String SPLIT_POSTS_FIELD = "splitPosts";

    /**
     * Merges the thread into another discussion the viewer moderates: every post of {@code sourceId}, in its
     * order and with its author, likes, edits and files, follows the posts of {@code targetId}. The source leaves
     * every list; its address leads on to the target. Counts on both spaces and on profiles follow; the source's
     * watchers now watch the target.
     */
    @Transactional
    public void mergeThread(Viewer viewer, long sourceId, Long targetId, String reason) {
        if (targetId == null) {
            throw InvalidInput.of(MERGE_TARGET_FIELD, "Give the number or the address of the thread to merge into,"
                    + " for example 42 or …/threads/thread?id=42.");
        }
        if (targetId == sourceId) {
            throw InvalidInput.of(MERGE_TARGET_FIELD, "A thread cannot be merged into itself. Give another thread.");
        }
        ForumThread source = discussion(viewer, sourceId); // may the viewer merge it at all: before any lookup
        ForumThread target = mergeTarget(viewer, targetId);
        if (source.isAwaitingApproval() || source.isDeleted()) {
            throw new Forbidden(source.isDeleted() ? "This thread is deleted: restore it before merging it."
                    : "This thread waits for approval: approve or reject it before merging it.");
        }
        String why = optionalReason(reason);
        Map<Long, Long> byAuthor = posts.visiblePostsByAuthor(source.getId()); // before the posts move
        List<Post> moved = posts.ofThreadFrom(source.getId(), 1);
        int base = target.getPositionCount();
        int visible = 0;
        Post last = null;
        for (int i = 0; i < moved.size(); i++) {
            Post post = moved.get(i);
            post.moveTo(target, base + i + 1);
            if (post.isVisible()) {
                visible++;
                last = post;
            }
        }
        boolean sourceNewer = last != null && source.getLastActivityAt().isAfter(target.getLastActivityAt());
        target.recount(base + moved.size(), target.getReplyCount() + visible,
                sourceNewer ? source.getLastActivityAt() : null, sourceNewer ? source.getLastPoster() : null);
        Space from = source.getSpace();
        Space to = target.getSpace();
        source.mergedInto(target, accounts.activeMember(viewer), BaseEntity.now(),
                joined("Merged into “" + target.getTitle() + "”", why));
        spaceCounts.adjustCounts(from.getId(), -1, -visible);
        spaceCounts.adjustCounts(to.getId(), 0, visible);
        if (from.isPublic() != to.isPublic()) {
            int sign = to.isPublic() ? 1 : -1;
            byAuthor.forEach((member, n) -> accounts.adjustPostCount(member, sign * n.intValue()));
        }
        watches.moveThreadWatchers(source, target);
        reads.forgetThread(source.getId());
        threads.flush();
        refreshLatest(from);
        if (!from.getId().equals(to.getId())) {
            refreshLatest(to);
        }
        audit.record(viewer, AuditAction.MERGE_THREAD, target(target), joined("Merged in “" + source.getTitle()
                + "” (thread " + source.getId() + ", " + plural(moved.size(), "post") + ")", why));
    }

    /** The replies of a discussion the viewer moderates, to choose from when splitting it, in order. */
    @Transactional
    public List<SplitCandidate> splitCandidates(Viewer viewer, long threadId) {
        ForumThread thread = discussion(viewer, threadId);
        return posts.ofThreadFrom(thread.getId(), 2).stream()
                .map(p -> new SplitCandidate(p.getId(), p.getPosition(), p.getAuthor().getDisplayName(),
                        p.getCreatedAt(), p.getBody().excerpt(140), p.isDeleted(), p.isAwaitingApproval()))
                .toList();
    }

    private ForumThread mergeTarget(Viewer viewer, long targetId) {
        ForumThread target;
        try {
            target = discussion(viewer, targetId);
        } catch (NotFound | Forbidden e) {
            throw InvalidInput.of(MERGE_TARGET_FIELD, "There is no discussion " + targetId
                    + " that you can merge into. Check the number.");
        }
        if (target.isDeleted() || target.isAwaitingApproval()) {
            throw InvalidInput.of(MERGE_TARGET_FIELD, "Thread " + targetId + " is "
                    + (target.isDeleted() ? "deleted" : "waiting for approval") + ": choose another thread.");
        }
        return target;
    }

    /**
     * Splits the chosen replies off into a new discussion titled {@code title}, in {@code targetSlug} (a place the
     * viewer moderates; blank: the same place). The posts keep their order, authors, likes, edits and files; both
     * threads are numbered 1, 2, 3… again, and counts on spaces and profiles follow. The first chosen post opens
     * the new thread and its author starts it. Returns the new thread's id.
     */
    @Transactional
    public long splitThread(Viewer viewer, long threadId, List<Long> postIds, String title, String targetSlug,
                            String reason) {
        ForumThread thread = discussion(viewer, threadId);
        if (!thread.isListed()) {
            throw new Forbidden(thread.isDeleted() ? "This thread is deleted: restore it before splitting it."
                    : "This thread waits for approval: approve or reject it before splitting it.");
        }
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String cleanTitle = discussions.checkedTitle(title, problems);
        List<Post> chosen = postIds == null || postIds.isEmpty() ? List.of()
                : posts.ofThread(thread.getId(), postIds.stream().distinct().toList());
        if (chosen.isEmpty()) {
            problems.add(SPLIT_POSTS_FIELD, "Choose the replies to move to the new thread.");
        } else if (chosen.getFirst().isOpeningPost()) {
            problems.add(SPLIT_POSTS_FIELD, "The opening post stays with its thread: to move the whole thread,"
                    + " use Move.");
        } else if (!chosen.getFirst().isVisible()) {
            problems.add(SPLIT_POSTS_FIELD, "The first chosen reply opens the new thread, so it must be visible:"
                    + " it is " + (chosen.getFirst().isDeleted() ? "deleted" : "waiting for approval") + ".");
        }
        String slug = Texts.clean(targetSlug);
        Space from = thread.getSpace();
        Space to = from;
        if (!slug.isEmpty() && !slug.equals(from.getSlug())) {
            boolean allowed = placesModeratedBy(viewer).stream().anyMatch(p -> p.slug().equals(slug));
            to = spaces.findBySlug(slug).filter(s -> allowed).orElse(null);
            if (to == null) {
                problems.add("splitTarget", "There is no theme or group “" + slug + "” that you can move posts to.");
            }
        }
        String why;
        try {
            why = optionalReason(reason);
        } catch (InvalidInput e) {
            e.messages().forEach(problems::add);
            why = null;
        }
        problems.throwIfAny();

        Post opening = chosen.getFirst();
        ForumThread split = threads.add(new ForumThread(to, opening.getAuthor(), cleanTitle));
        java.util.Set<Long> chosenIds = new java.util.HashSet<>(chosen.stream().map(Post::getId).toList());
        List<Post> affected = posts.ofThreadFrom(thread.getId(), opening.getPosition());
        int kept = opening.getPosition() - 1;
        int movedCount = 0;
        int visibleMoved = 0;
        Post lastMoved = null;
        for (Post post : affected) {
            boolean moving = chosenIds.contains(post.getId());
            Post answered = post.getReplyTo();
            if (answered != null && chosenIds.contains(answered.getId()) != moving) {
                post.forgetReplyTo(); // the post it answered stays behind (or goes): a quote in its text remains
            }
            if (moving) {
                post.moveTo(split, ++movedCount);
                if (post.isVisible()) {
                    visibleMoved++;
                    lastMoved = post;
                }
            } else {
                post.renumber(-(++kept)); // negative first: positions are unique per thread while they change
            }
        }
        posts.flush();
        affected.stream().filter(p -> p.getPosition() < 0).forEach(p -> p.renumber(-p.getPosition()));
        posts.flush();
        Post lastKept = posts.lastVisibleOf(thread.getId()).orElse(null);
        thread.recount(kept, thread.getReplyCount() - visibleMoved,
                lastKept == null ? null : lastKept.getCreatedAt(), lastKept == null ? null : lastKept.getAuthor());
        split.recount(movedCount, visibleMoved - 1, lastMoved.getCreatedAt(), lastMoved.getAuthor());
        watches.add(org.clusterforum.discussion.model.Watch.ofThread(opening.getAuthor(), split));
        spaceCounts.adjustCounts(from.getId(), 0, -visibleMoved);
        spaceCounts.adjustCounts(to.getId(), 1, visibleMoved);
        if (from.isPublic() != to.isPublic()) {
            int sign = to.isPublic() ? 1 : -1;
            posts.visiblePostsByAuthor(split.getId())
                    .forEach((member, n) -> accounts.adjustPostCount(member, sign * n.intValue()));
        }
        threads.flush();
        refreshLatest(from);
        if (!from.getId().equals(to.getId())) {
            refreshLatest(to);
        }
        audit.record(viewer, AuditAction.SPLIT_THREAD, target(split), joined(plural(movedCount, "post")
                + " split off from “" + thread.getTitle() + "” (thread " + thread.getId() + ")", why));
        return split.getId();
    }

    /** Pins the thread first in its space, until the end of {@code until} (UK time) or, if null, until unpinned. */
    @Transactional
    public void pinThread(Viewer viewer, long threadId, LocalDate until, String reason) {
        ForumThread thread = discussion(viewer, threadId);
        Instant ends = null;
        if (until != null) {
            ends = ForumDays.endOf(until); // a pin ends at the end of the chosen day
            if (ForumDays.isPast(until)) {
                throw InvalidInput.of("pinUntil", "The pin-until date is in the past. Choose today or a later day,"
                        + " or leave it empty to pin until you unpin.");
            }
        }
        String why = optionalReason(reason);
        if (thread.isPinned() && java.util.Objects.equals(thread.getPinnedUntil(), ends)) {
            return;
        }
        thread.pin(ends);
        audit.record(viewer, AuditAction.PIN_THREAD, target(thread),
                ends == null ? why : joined("Until " + until, why));
    }

    @Transactional
    public void unpinThread(Viewer viewer, long threadId, String reason) {
        ForumThread thread = discussion(viewer, threadId);
        if (thread.isPinned()) {
            thread.unpin();
            audit.record(viewer, AuditAction.UNPIN_THREAD, target(thread), optionalReason(reason));
        }
    }

    /** Locks the thread: no new replies except by moderators; the reason, if given, is shown on the thread. */
    @Transactional
    public void lockThread(Viewer viewer, long threadId, String reason) {
        ForumThread thread = discussion(viewer, threadId);
        String why = optionalReason(reason);
        if (!thread.isLocked()) {
            thread.lock(why);
            audit.record(viewer, AuditAction.LOCK_THREAD, target(thread), why);
        }
    }

    @Transactional
    public void unlockThread(Viewer viewer, long threadId, String reason) {
        ForumThread thread = discussion(viewer, threadId);
        if (thread.isLocked()) {
            thread.unlock();
            audit.record(viewer, AuditAction.UNLOCK_THREAD, target(thread), optionalReason(reason));
        }
    }

    /**
     * Moves a discussion to another theme or group (by slug) that the viewer moderates too. Counts move with it,
     * and the profiles of its authors count its posts only while it is in a public space.
     */
    @Transactional
    public void moveThread(Viewer viewer, long threadId, String targetSlug, String reason) {
        ForumThread thread = discussion(viewer, threadId);
        String slug = Texts.clean(targetSlug);
        if (slug.isEmpty()) {
            throw InvalidInput.of("target", "Choose the theme or group to move the thread to.");
        }
        Space from = thread.getSpace();
        boolean allowed = placesModeratedBy(viewer).stream().anyMatch(p -> p.slug().equals(slug));
        Space to = spaces.findBySlug(slug).filter(s -> allowed)
                .orElseThrow(() -> InvalidInput.of("target", "There is no theme or group “" + slug
                        + "” that you can move threads to."));
        if (to.getId().equals(from.getId())) {
            throw InvalidInput.of("target", "The thread is already in " + from.getName() + ". Choose another place.");
        }
        String why = optionalReason(reason);
        relocate(thread, to);
        audit.record(viewer, AuditAction.MOVE_THREAD, target(thread),
                joined("From " + from.getName() + " to " + to.getName(), why));
    }

    /**
     * Moves a challenge's thread to {@code spaceId} with its counts, in the caller's transaction: the challenge
     * feature decided who may move it and where, and records the move in the audit log.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moveChallengeThread(long threadId, long spaceId) {
        ForumThread thread = threads.findForAppend(threadId).filter(t -> t.getKind() == ThreadKind.CHALLENGE)
                .orElseThrow(() -> new NotFound("Challenge"));
        relocate(thread, spaces.find(spaceId).orElseThrow(() -> new NotFound("Space")));
    }

    /**
     * Puts the thread in another space: thread and post counts leave one space for the other, both spaces show
     * their latest thread, and profile post counts follow when the thread becomes public or private.
     */
    private void relocate(ForumThread thread, Space to) {
        Space from = thread.getSpace();
        int visible = thread.isListed() ? visiblePosts(thread) : 0;
        int count = thread.isListed() ? 1 : 0;
        thread.moveTo(to);
        spaceCounts.adjustCounts(from.getId(), -count, -visible);
        spaceCounts.adjustCounts(to.getId(), count, visible);
        threads.flush();
        refreshLatest(from);
        if (thread.isListed() && (to.getLastActivityAt() == null
                || thread.getLastActivityAt().isAfter(to.getLastActivityAt()))) {
            spaceCounts.showLatest(to.getId(), thread.getId(), thread.getLastActivityAt());
        }
        if (thread.isListed() && from.isPublic() != to.isPublic()) {
            int sign = to.isPublic() ? 1 : -1;
            posts.visiblePostsByAuthor(thread.getId())
                    .forEach((member, n) -> accounts.adjustPostCount(member, sign * n.intValue()));
        }
    }

    /**
     * A group became public or stopped being public: the profiles of its authors count its posts only while it is
     * public (as when a thread moves), in the changing transaction.
     */
    void onAudienceChanged(@jakarta.enterprise.event.Observes org.clusterforum.platform.space.SpaceAudienceChanged
                                   changed) {
        int sign = changed.nowPublic() ? 1 : -1;
        posts.visiblePostsByAuthorInSpace(changed.spaceId())
                .forEach((member, n) -> accounts.adjustPostCount(member, sign * n.intValue()));
    }

    /** Deleted discussions, most recently deleted first, for moderators to review or restore (50 a page). */
    @Transactional
    public org.clusterforum.platform.persistence.Page<DeletedThread> deletedThreads(Viewer viewer,
            org.clusterforum.platform.persistence.PageRequest requested) {
        if (!viewer.can(org.clusterforum.platform.security.Permission.MODERATE)) {
            throw new Forbidden("Only moderators see deleted threads.");
        }
        long total = threads.countDeleted();
        var page = requested.within(total);
        List<DeletedThread> rows = threads.deleted(page.offset(), page.size()).stream()
                .map(r -> new DeletedThread((Long) r[0], (String) r[1], (String) r[2], (Instant) r[3],
                        (String) r[4], (String) r[5])).toList();
        return new org.clusterforum.platform.persistence.Page<>(rows, page.number(), page.size(), total);
    }

    /** The slow-mode intervals moderators choose from, in seconds (0: off). */
    public static final List<Integer> SLOW_MODES = List.of(0, 60, 300, 900, 3600, 86400);

    /** Sets the least time between two posts of one member in the thread (moderators are not slowed). */
    @Transactional
    public void setSlowMode(Viewer viewer, long threadId, int seconds, String reason) {
        ForumThread thread = discussion(viewer, threadId);
        if (!SLOW_MODES.contains(seconds)) {
            throw InvalidInput.of("slowMode", "Choose one of the offered intervals.");
        }
        String why = optionalReason(reason);
        if (thread.getSlowModeSeconds() != seconds) {
            thread.slowMode(seconds);
            audit.record(viewer, AuditAction.SLOW_MODE, target(thread),
                    joined(seconds == 0 ? "Off" : "One post every " + interval(seconds), why));
        }
    }

    /** "5 minutes", "1 hour", "1 day". */
    public static String interval(int seconds) {
        if (seconds % 86400 == 0) {
            return plural(seconds / 86400, "day");
        }
        if (seconds % 3600 == 0) {
            return plural(seconds / 3600, "hour");
        }
        if (seconds % 60 == 0) {
            return plural(seconds / 60, "minute");
        }
        return plural(seconds, "second");
    }

    private static String plural(int n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    /** Deletes the thread softly: it leaves every list and count; moderators still open it, marked. */
    @Transactional
    public void deleteThread(Viewer viewer, long threadId, String reason) {
        ForumThread thread = discussion(viewer, threadId);
        String why = requiredReason(reason, "Give the reason for deleting this thread: it stays in the audit log.");
        if (thread.isDeleted()) {
            return;
        }
        Space space = thread.getSpace();
        if (thread.isListed()) {
            spaceCounts.adjustCounts(space.getId(), -1, -visiblePosts(thread));
            if (space.isPublic()) {
                posts.visiblePostsByAuthor(thread.getId())
                        .forEach((member, n) -> accounts.adjustPostCount(member, -n.intValue()));
            }
        }
        thread.delete(accounts.activeMember(viewer), BaseEntity.now(), why);
        threads.flush();
        refreshLatest(space);
        audit.record(viewer, AuditAction.DELETE_THREAD, target(thread), why);
    }

    @Transactional
    public void restoreThread(Viewer viewer, long threadId, String reason) {
        ForumThread thread = discussion(viewer, threadId);
        if (!thread.isDeleted()) {
            return;
        }
        thread.restore();
        Space space = thread.getSpace();
        if (thread.isListed()) {
            spaceCounts.adjustCounts(space.getId(), 1, visiblePosts(thread));
            if (space.isPublic()) {
                posts.visiblePostsByAuthor(thread.getId())
                        .forEach((member, n) -> accounts.adjustPostCount(member, n.intValue()));
            }
        }
        threads.flush();
        refreshLatest(space);
        audit.record(viewer, AuditAction.RESTORE_THREAD, target(thread), optionalReason(reason));
    }

    /** Hides someone's post with a reason the author sees; the thread's counts drop as for a deletion. */
    @Transactional
    public PostLocation hidePost(Viewer viewer, long postId, String reason) {
        Post post = moderatedPost(viewer, postId);
        String why = requiredReason(reason, "Give the reason for hiding this post: its author sees it.");
        ForumThread thread = post.getThread();
        if (!post.isDeleted()) {
            if (post.isOpeningPost() && thread.getReplyCount() > 0) {
                throw new Forbidden("The first post of a thread with replies cannot be hidden; delete the thread or"
                        + " edit the post instead.");
            }
            postService.remove(post, accounts.activeMember(viewer), why);
            audit.record(viewer, AuditAction.HIDE_POST, AuditTarget.post(post.getId(), thread.getTitle()), why);
        }
        return DiscussionService.locate(thread.getId(), post.getId(), post.getPosition());
    }

    /**
     * Shows a deleted or hidden post again: a discussion post, a challenge (its opening post: listed again, with
     * its tags) or an answer (live again, unless its author has answered anew since).
     */
    @Transactional
    public PostLocation restorePost(Viewer viewer, long postId, String reason) {
        Post post = moderatedPost(viewer, postId);
        ForumThread thread = post.getThread();
        if (post.isDeleted()) {
            post.restore();
            if (post.isAwaitingApproval()) {
                audit.record(viewer, AuditAction.RESTORE_POST, AuditTarget.post(post.getId(), thread.getTitle()),
                        optionalReason(reason));
                return DiscussionService.locate(thread.getId(), post.getId(), post.getPosition());
            }
            if (!post.isOpeningPost()) {
                thread.replyRestored();
            }
            if (thread.isListed()) {
                spaceCounts.adjustCounts(thread.getSpace().getId(), 0, 1);
                if (thread.getSpace().isPublic()) {
                    accounts.countPost(post.getAuthor().getId());
                }
            }
            audit.record(viewer, AuditAction.RESTORE_POST, AuditTarget.post(post.getId(), thread.getTitle()),
                    optionalReason(reason));
            restored.fire(new PostRestored(post.getId(), thread.getId(), post.isOpeningPost()));
        }
        return DiscussionService.locate(thread.getId(), post.getId(), post.getPosition());
    }

    /**
     * Approves a new member's post that waits: from now on everyone who may read the thread sees it, it counts,
     * and those it concerns are notified. An opening post brings its thread into the lists. Approving twice
     * changes nothing.
     */
    @Transactional
    public PostLocation approvePost(Viewer viewer, long postId) {
        Post post = moderatedPost(viewer, postId);
        ForumThread thread = post.getThread();
        if (post.isAwaitingApproval()) {
            Instant now = BaseEntity.now();
            post.approve();
            Space space = thread.getSpace();
            if (!post.isDeleted()) {
                if (post.isOpeningPost()) {
                    thread.approve(now);
                    if (thread.isListed()) {
                        spaceCounts.adjustCounts(space.getId(), 1, 1);
                        spaceCounts.showLatest(space.getId(), thread.getId(), now);
                    }
                } else {
                    thread.replyApproved(post.getAuthor(), now);
                    if (thread.isListed()) {
                        spaceCounts.countReply(space.getId(), thread.getId(), now);
                    }
                }
                if (thread.isListed() && space.isPublic()) {
                    accounts.countPost(post.getAuthor().getId());
                }
                discussions.publishApproved(thread, post);
            }
            audit.record(viewer, AuditAction.APPROVE_POST, AuditTarget.post(post.getId(), thread.getTitle()), null);
            approved.fire(new PostApproved(post.getId(), viewer.memberId(), thread.getId(), post.isOpeningPost(),
                    !post.isDeleted(), post.getAuthor().getId()));
        }
        return DiscussionService.locate(thread.getId(), post.getId(), post.getPosition());
    }

    /** The themes and groups this viewer may move the thread to (every place they moderate but its own). */
    @Transactional
    public List<Place> moveTargets(Viewer viewer, long threadId) {
        ForumThread thread = discussion(viewer, threadId);
        return placesModeratedBy(viewer).stream().filter(p -> !p.slug().equals(thread.getSpace().getSlug())).toList();
    }

    /**
     * Moderators moderate every theme they can start threads in and every group (as when moving a challenge); a
     * group's owners only their groups.
     */
    private List<Place> placesModeratedBy(Viewer viewer) {
        boolean moderator = viewer.can(org.clusterforum.platform.security.Permission.MODERATE);
        List<Place> places = new java.util.ArrayList<>();
        if (moderator) {
            discussions.placesToStartThreads(viewer).stream().filter(p -> !p.group()).forEach(places::add);
        }
        access.groupsModeratedBy(viewer).stream().filter(s -> moderator || access.canStartThread(viewer, s))
                .forEach(s -> places.add(new Place(s.getName(), s.getSlug(), true)));
        return places;
    }

    /** Ends pins whose day is over; called every minute by {@link PinExpiry}. Returns how many ended. */
    @Transactional
    public int endExpiredPins() {
        return threads.unpinExpired(BaseEntity.now());
    }

    private int visiblePosts(ForumThread thread) {
        return thread.visiblePostCount(posts.openingPostOf(thread.getId()).isDeleted());
    }

    /** Points the space's "latest" at its most recently active thread still listed. */
    private void refreshLatest(Space space) {
        threads.latestIn(space).ifPresentOrElse(
                row -> spaceCounts.showLatest(space.getId(), (Long) row[0], (Instant) row[1]),
                () -> spaceCounts.showLatest(space.getId(), null, null));
    }

    private ForumThread moderatedThread(Viewer viewer, long threadId) {
        ForumThread thread = threads.findForAppend(threadId)
                .filter(t -> access.canSee(viewer, t.getSpace()))
                .orElseThrow(() -> new NotFound("Thread"));
        if (!access.canModerate(viewer, thread.getSpace())) {
            if (thread.isDeleted()) {
                throw new NotFound("Thread");
            }
            throw new Forbidden("Only moderators and the group's owners can do this.");
        }
        return thread;
    }

    /** A discussion the viewer moderates; challenges have their own tools (close, reopen, delete). */
    private ForumThread discussion(Viewer viewer, long threadId) {
        ForumThread thread = moderatedThread(viewer, threadId);
        if (thread.getKind() != ThreadKind.DISCUSSION) {
            throw new Forbidden("This is a challenge: use the challenge's own tools.");
        }
        return thread;
    }

    private Post moderatedPost(Viewer viewer, long postId) {
        Post post = posts.findLocked(postId).orElseThrow(() -> new NotFound("Post"));
        moderatedThread(viewer, post.getThread().getId());
        return post;
    }

    private static AuditTarget target(ForumThread thread) {
        return AuditTarget.thread(thread.getId(), thread.getTitle());
    }

    static String optionalReason(String reason) {
        String why = Texts.clean(reason);
        if (Texts.length(why) > ForumThread.MAX_REASON) {
            throw InvalidInput.of(REASON_FIELD, "Keep the reason under " + ForumThread.MAX_REASON + " characters.");
        }
        return why.isEmpty() ? null : why;
    }

    static String requiredReason(String reason, String whenMissing) {
        String why = optionalReason(reason);
        if (why == null) {
            throw InvalidInput.of(REASON_FIELD, whenMissing);
        }
        return why;
    }

    private static String joined(String fact, String reason) {
        return reason == null ? fact : fact + ". " + reason;
    }
}
