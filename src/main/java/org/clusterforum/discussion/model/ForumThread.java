package org.clusterforum.discussion.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.clusterforum.account.model.Member;
import org.clusterforum.platform.persistence.BaseEntity;
import org.clusterforum.platform.space.Space;
import org.clusterforum.platform.cache.ContentListener;

/**
 * A discussion thread in a space. Life cycle: started with its first post → replies are appended (each takes the
 * next position and moves the last activity) → may be pinned or locked by moderators. Appending posts happens
 * under a row lock on the thread, so positions and counts stay exact under concurrent replies.
 */
@Entity
@EntityListeners({ContentListener.class, org.clusterforum.platform.search.SearchListener.class})
@Table(name = "FORUM_THREAD")
@NamedQuery(name = ForumThread.HEAD, query = "select t, s, a.id, a.displayName, w.id, r.id, r.lastReadPosition, d.id"
        + " from ForumThread t left join t.space s left join t.author a"
        + " left join Watch w on (w.thread = t and w.member.id = :reader)"
        + " left join ThreadRead r on (r.thread = t and r.member.id = :reader)"
        + " left join Draft d on (d.member.id = :reader and d.place = :place)"
        + " where t.id = :id")
public class ForumThread extends BaseEntity implements org.clusterforum.platform.search.Searchable {

    /** A thread page's head (see ThreadRepository.head); named, so EclipseLink prepares its SQL once. */
    static final String HEAD = "ForumThread.head";

    public static final int MAX_TITLE = 150;
    public static final int MIN_TITLE = 5;
    public static final int MAX_REASON = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "SPACE_ID", nullable = false)
    private Space space;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "AUTHOR_ID", nullable = false)
    private Member author;

    @Column(name = "TITLE", nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "LAST_ACTIVITY_AT", nullable = false)
    private Instant lastActivityAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "LAST_POSTER_ID")
    private Member lastPoster;

    @Column(name = "POST_COUNT", nullable = false)
    private int postCount;

    @Column(name = "REPLY_COUNT", nullable = false)
    private int replyCount;

    @Column(name = "PINNED", nullable = false)
    private boolean pinned;

    @Column(name = "LOCKED", nullable = false)
    private boolean locked;

    @Column(name = "LOCK_REASON", length = MAX_REASON)
    private String lockReason;

    /** When a pin ends by itself (null: pinned until unpinned). */
    @Column(name = "PINNED_UNTIL")
    private Instant pinnedUntil;

    /** Not listed anywhere: deleted, or its opening post awaits approval (the column keeps its first name). */
    @Column(name = "DELETED", nullable = false)
    private boolean unlisted;

    /** Since when its opening post awaits a moderator's approval (null: approved). */
    @Column(name = "AWAITING_SINCE")
    private Instant awaitingSince;

    /** Slow mode: least seconds between two posts of one member here (0: off). */
    @Column(name = "SLOW_MODE_SECONDS", nullable = false)
    private int slowModeSeconds;

    @Column(name = "DELETED_AT")
    private Instant deletedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "DELETED_BY_ID")
    private Member deletedBy;

    @Column(name = "DELETE_REASON", length = MAX_REASON)
    private String deleteReason;

    /** Where its posts went when a moderator merged it into another thread (null: not merged). */
    @Column(name = "MERGED_INTO_ID")
    private Long mergedIntoId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 12)
    private ThreadKind kind = ThreadKind.DISCUSSION;

    protected ForumThread() {
    }

    public ForumThread(Space space, Member author, String title) {
        this(space, author, title, ThreadKind.DISCUSSION);
    }

    public ForumThread(Space space, Member author, String title, ThreadKind kind) {
        this.kind = Objects.requireNonNull(kind);
        this.space = Objects.requireNonNull(space);
        this.author = Objects.requireNonNull(author);
        this.title = Objects.requireNonNull(title);
        this.lastActivityAt = now();
        this.lastPoster = author;
    }

    /** Records a new post by {@code poster} and returns its position (1 for the opening post). */
    public int append(Member poster, Instant at) {
        postCount++;
        if (postCount > 1) {
            replyCount++;
        }
        lastActivityAt = at;
        lastPoster = poster;
        return postCount;
    }

    /** A reply was deleted: it keeps its position (postCount) but no longer counts as a reply. */
    public void replyDeleted() {
        replyCount = Math.max(0, replyCount - 1);
    }

    public void replyRestored() {
        replyCount++;
    }

    public Space getSpace() {
        return space;
    }

    public Member getAuthor() {
        return author;
    }

    public String getTitle() {
        return title;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public Member getLastPoster() {
        return lastPoster;
    }

    public int getPostCount() {
        return postCount;
    }

    /** Number of positions used, deleted posts included: positions are 1..postCount. */
    public int getPositionCount() {
        return postCount;
    }

    public int getReplyCount() {
        return replyCount;
    }

    public boolean isPinned() {
        return pinned;
    }

    public ThreadKind getKind() {
        return kind;
    }

    /** A new title (the author or a moderator edited it). */
    public void retitle(String title) {
        this.title = Objects.requireNonNull(title);
    }

    public boolean isLocked() {
        return locked;
    }

    public void pin() {
        pin(null);
    }

    /** Pinned first in its space, until the given moment or (null) until unpinned. */
    public void pin(Instant until) {
        this.pinned = true;
        this.pinnedUntil = until;
    }

    public void unpin() {
        this.pinned = false;
        this.pinnedUntil = null;
    }

    public Instant getPinnedUntil() {
        return pinnedUntil;
    }

    public void lock() {
        lock(null);
    }

    /** No new replies (moderators still may); the reason, if any, is shown on the thread. */
    public void lock(String reason) {
        this.locked = true;
        this.lockReason = reason;
    }

    public void unlock() {
        this.locked = false;
        this.lockReason = null;
    }

    public String getLockReason() {
        return lockReason;
    }

    /** Soft delete: the thread leaves every list and only moderators still open it. */
    public void delete(Member by, Instant at, String reason) {
        this.unlisted = true;
        this.deletedAt = at;
        this.deletedBy = by;
        this.deleteReason = reason;
    }

    public void restore() {
        this.unlisted = awaitingSince != null;
        this.deletedAt = null;
        this.deletedBy = null;
        this.deleteReason = null;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** Shown in lists and counted: neither deleted nor waiting for approval. */
    public boolean isListed() {
        return !unlisted;
    }

    /** The opening post waits for approval: the thread is unlisted, seen by its author and moderators only. */
    public void awaitApproval(Instant since) {
        this.awaitingSince = since;
        this.unlisted = true;
    }

    public boolean isAwaitingApproval() {
        return awaitingSince != null;
    }

    /** Approved: listed, unless it was deleted meanwhile. */
    public void approve(Instant at) {
        this.awaitingSince = null;
        this.unlisted = deletedAt != null;
        this.lastActivityAt = at;
    }

    /** A reply waiting for approval takes the next position but is not yet a reply anyone else sees. */
    public int appendAwaiting() {
        postCount++;
        return postCount;
    }

    /** A waiting reply was approved: now it counts and moves the thread's activity. */
    public void replyApproved(Member poster, Instant at) {
        replyCount++;
        lastActivityAt = at;
        lastPoster = poster;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public String getDeleteReason() {
        return deleteReason;
    }

    public int getSlowModeSeconds() {
        return slowModeSeconds;
    }

    public void slowMode(int seconds) {
        this.slowModeSeconds = Math.max(0, seconds);
    }

    /** Moves the thread to another theme or group. */
    public void moveTo(Space target) {
        this.space = Objects.requireNonNull(target);
    }

    /** Visible posts: the replies still shown plus the opening post unless it was deleted. */
    public int visiblePostCount(boolean openingPostDeleted) {
        return replyCount + (openingPostDeleted ? 0 : 1);
    }

    /**
     * Its posts moved into {@code target}: it keeps no posts, leaves every list (as deleted, with the reason) and
     * its address leads on to the target.
     */
    public void mergedInto(ForumThread target, Member by, Instant at, String reason) {
        delete(by, at, reason);
        this.mergedIntoId = target.getId();
        this.postCount = 0;
        this.replyCount = 0;
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    /**
     * Posts were moved in or out (a merge or split): {@code positions} are now used, {@code replies} of them are
     * visible replies, and the last visible post was written at {@code lastAt} by {@code lastBy}.
     */
    public void recount(int positions, int replies, Instant lastAt, Member lastBy) {
        this.postCount = positions;
        this.replyCount = replies;
        if (lastAt != null) {
            this.lastActivityAt = lastAt;
            this.lastPoster = lastBy;
        }
    }

    @Override
    public Long searchThreadId() {
        return getId();
    }
}
