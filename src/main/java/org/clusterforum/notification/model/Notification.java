package org.clusterforum.notification.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.clusterforum.platform.persistence.BaseEntity;

/**
 * Something a member should know about a post. Ids only (post, actor, recipient), so this feature does not reach
 * into others' tables; it asks their services for names and links when it shows a list. Likes of one post are
 * batched in one notification whose actor count grows until it is read.
 */
@Entity
@Table(name = "NOTIFICATION")
public class Notification extends BaseEntity {

    @Column(name = "RECIPIENT_ID", nullable = false)
    private long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 20)
    private NotificationKind kind;

    @Column(name = "POST_ID", nullable = false)
    private long postId;

    @Column(name = "ACTOR_ID", nullable = false)
    private long actorId;

    @Column(name = "ACTOR_COUNT", nullable = false)
    private int actorCount;

    @Column(name = "READ_AT")
    private Instant readAt;

    @Column(name = "EMAILED_AT")
    private Instant emailedAt;

    protected Notification() {
    }

    public Notification(long recipientId, NotificationKind kind, long postId, long actorId) {
        this.recipientId = recipientId;
        this.kind = Objects.requireNonNull(kind);
        this.postId = postId;
        this.actorId = actorId;
        this.actorCount = 1;
    }

    /** One more person liked the post: counted into the unread notification, or a fresh one after reading. */
    public void anotherActor(long actorId) {
        this.actorCount = readAt == null ? actorCount + 1 : 1;
        this.actorId = actorId;
        this.readAt = null;
    }

    /** Emailed, alone or in a digest (or passed over for email): the email sender never looks at it again. */
    public void markEmailed(Instant at) {
        if (emailedAt == null) {
            emailedAt = at;
        }
    }

    public Instant getEmailedAt() {
        return emailedAt;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public long getRecipientId() {
        return recipientId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public long getPostId() {
        return postId;
    }

    public long getActorId() {
        return actorId;
    }

    public int getActorCount() {
        return actorCount;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
