package org.clusterforum.discussion.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.clusterforum.account.model.Member;
import org.clusterforum.platform.persistence.BaseEntity;
import org.clusterforum.platform.richtext.RichText;
import org.clusterforum.platform.cache.ContentListener;

/**
 * One post in a thread, numbered by {@code position} (1 = the opening post). The body is already sanitised
 * ({@link RichText} can only come from the sanitiser). Life cycle: posted (optionally in reply to another post of
 * the thread) → edited any number of times (each edit keeps a {@link PostRevision} of the text it replaced) →
 * soft-deleted (the row and its position stay; the text is no longer shown).
 */
@Entity
@EntityListeners({ContentListener.class, org.clusterforum.platform.search.SearchListener.class})
@Table(name = "FORUM_POST")
public class Post extends BaseEntity implements org.clusterforum.platform.search.Searchable {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "THREAD_ID", nullable = false)
    private ForumThread thread;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "AUTHOR_ID", nullable = false)
    private Member author;

    @Column(name = "POSITION", nullable = false)
    private int position;

    @Embedded
    private RichText body;

    @Column(name = "EDITED_AT")
    private Instant editedAt;

    @Column(name = "DELETED", nullable = false)
    private boolean deleted;

    @Column(name = "DELETED_AT")
    private Instant deletedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "DELETED_BY_ID")
    private Member deletedBy;

    @Column(name = "DELETE_REASON", length = 500)
    private String deleteReason;

    /** Since when it awaits a moderator's approval (a new member's first posts); null: approved. */
    @Column(name = "AWAITING_SINCE")
    private Instant awaitingSince;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "REPLY_TO_ID")
    private Post replyTo;

    /** Kept by single-statement updates (see PostRepository), never through this entity, so likes never bump the version. */
    @Column(name = "LIKE_COUNT", nullable = false, insertable = false, updatable = false)
    private int likeCount;

    @Column(name = "REVISION_COUNT", nullable = false)
    private int revisionCount;

    /** How many files are attached, so a page reads attachments only when it shows some. */
    @Column(name = "ATTACHMENT_COUNT", nullable = false)
    private int attachmentCount;

    protected Post() {
    }

    public Post(ForumThread thread, Member author, int position, RichText body, Post replyTo) {
        this.thread = Objects.requireNonNull(thread);
        this.author = Objects.requireNonNull(author);
        this.position = position;
        this.body = Objects.requireNonNull(body);
        if (replyTo != null && !replyTo.getThread().equals(thread)) {
            throw new IllegalArgumentException("A reply answers a post of its own thread");
        }
        this.replyTo = replyTo;
    }

    /** Replaces the text; returns the revision that keeps the previous text. */
    public PostRevision edit(Member editor, RichText newBody, Instant at) {
        if (deleted) {
            throw new IllegalStateException("A deleted post cannot be edited");
        }
        revisionCount++;
        PostRevision previous = new PostRevision(this, editor, revisionCount, body);
        this.body = Objects.requireNonNull(newBody);
        this.editedAt = at;
        return previous;
    }

    public void delete(Member by, Instant at) {
        delete(by, at, null);
    }

    /** Soft delete; a moderator hiding someone's post gives the reason, shown to moderators and the author. */
    public void delete(Member by, Instant at, String reason) {
        this.deleted = true;
        this.deletedAt = at;
        this.deletedBy = by;
        this.deleteReason = reason;
    }

    public void restore() {
        this.deleted = false;
        this.deletedAt = null;
        this.deletedBy = null;
        this.deleteReason = null;
    }

    public void awaitApproval(Instant since) {
        this.awaitingSince = since;
    }

    public void approve() {
        this.awaitingSince = null;
    }

    public boolean isAwaitingApproval() {
        return awaitingSince != null;
    }

    public String getDeleteReason() {
        return deleteReason;
    }

    public boolean isOpeningPost() {
        return position == 1;
    }

    public ForumThread getThread() {
        return thread;
    }

    public Member getAuthor() {
        return author;
    }

    public int getPosition() {
        return position;
    }

    public RichText getBody() {
        return body;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public Post getReplyTo() {
        return replyTo;
    }

    public int getLikeCount() {
        return likeCount;
    }

    public int getRevisionCount() {
        return revisionCount;
    }

    /** Counts files attached to this post (they are attached while it is being written). */
    public void attached(int files) {
        attachmentCount += files;
    }

    /** Visible to everyone who may read its thread: neither deleted nor waiting for approval. */
    public boolean isVisible() {
        return !deleted && awaitingSince == null;
    }

    /** Moved to another thread (a merge or split) at the given position; its likes, revisions and files go along. */
    public void moveTo(ForumThread target, int newPosition) {
        this.thread = Objects.requireNonNull(target);
        this.position = newPosition;
    }

    /** Takes a new position in its thread (posts were split off before it). */
    public void renumber(int newPosition) {
        this.position = newPosition;
    }

    /** The post it answered went to another thread: it no longer points at it (a quote in the text stays). */
    public void forgetReplyTo() {
        this.replyTo = null;
    }

    @Override
    public Long searchThreadId() {
        return thread == null ? null : thread.getId();
    }
}
