package org.clusterforum.group.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.clusterforum.platform.persistence.BaseEntity;

/**
 * An invitation to a group or a request to join one, with its state. While pending, the member's id is also kept
 * in {@code PENDING_MEMBER_ID}, which a unique constraint covers: a member has at most one pending invitation and
 * one pending request per group, however many tabs ask at once.
 */
@Entity
@Table(name = "GROUP_ENTRY")
public class GroupEntry extends BaseEntity {

    public static final int MAX_MESSAGE = 300;

    @Column(name = "GROUP_ID", nullable = false)
    private Long groupId;

    @Column(name = "MEMBER_ID", nullable = false)
    private Long memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 10)
    private EntryKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false, length = 10)
    private EntryState state;

    @Column(name = "ASKED_BY_ID", nullable = false)
    private Long askedById;

    @Column(name = "MESSAGE", nullable = false, length = MAX_MESSAGE)
    private String message;

    @Column(name = "EXPIRES_AT")
    private Instant expiresAt;

    @Column(name = "DECIDED_BY_ID")
    private Long decidedById;

    @Column(name = "DECIDED_AT")
    private Instant decidedAt;

    @Column(name = "PENDING_MEMBER_ID")
    private Long pendingMemberId;

    protected GroupEntry() {
    }

    private GroupEntry(long groupId, long memberId, EntryKind kind, long askedById, String message,
                       Instant expiresAt) {
        this.groupId = groupId;
        this.memberId = memberId;
        this.kind = kind;
        this.state = EntryState.PENDING;
        this.askedById = askedById;
        this.message = message == null ? "" : message;
        this.expiresAt = expiresAt;
        this.pendingMemberId = memberId;
    }

    public static GroupEntry invitation(long groupId, long memberId, long ownerId, String message, Instant expiresAt) {
        return new GroupEntry(groupId, memberId, EntryKind.INVITATION, ownerId, message,
                Objects.requireNonNull(expiresAt));
    }

    public static GroupEntry request(long groupId, long memberId, String message) {
        return new GroupEntry(groupId, memberId, EntryKind.REQUEST, memberId, message, null);
    }

    public boolean isPending() {
        return state == EntryState.PENDING;
    }

    public boolean isExpired(Instant now) {
        return state == EntryState.PENDING && expiresAt != null && !expiresAt.isAfter(now);
    }

    /** Ends a pending entry (accepted, declined, withdrawn or refused) by {@code actorId}. */
    public void decide(EntryState outcome, long actorId, Instant at) {
        if (state != EntryState.PENDING || outcome == EntryState.PENDING) {
            throw new IllegalStateException("Entry " + getId() + " is " + state);
        }
        this.state = outcome;
        this.decidedById = actorId;
        this.decidedAt = at;
        this.pendingMemberId = null;
    }

    /** Invites again: a new inviter, message and expiry for an invitation that is still pending (or expired). */
    public void renew(long ownerId, String newMessage, Instant newExpiry) {
        this.askedById = ownerId;
        this.message = newMessage == null ? "" : newMessage;
        this.expiresAt = newExpiry;
    }

    public Long getGroupId() {
        return groupId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public EntryKind getKind() {
        return kind;
    }

    public EntryState getState() {
        return state;
    }

    public Long getAskedById() {
        return askedById;
    }

    public String getMessage() {
        return message;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Long getDecidedById() {
        return decidedById;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
