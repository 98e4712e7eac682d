package org.clusterforum.account.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.clusterforum.platform.persistence.BaseEntity;

/**
 * One sanction in a member's history: a warning, a silence or a suspension, with who gave it, why and until
 * when; lifted early or (a warning) acknowledged by the member. What is in force lives on the member's row.
 */
@Entity
@Table(name = "MEMBER_SANCTION")
public class MemberSanction extends BaseEntity {

    public static final int MAX_REASON = 500;

    @Column(name = "MEMBER_ID", nullable = false, updatable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, updatable = false, length = 10)
    private SanctionKind kind;

    @Column(name = "UNTIL_AT", updatable = false)
    private Instant until;

    @Column(name = "REASON", nullable = false, updatable = false, length = MAX_REASON)
    private String reason;

    @Column(name = "BY_ID", nullable = false, updatable = false)
    private long byId;

    @Column(name = "LIFTED_AT")
    private Instant liftedAt;

    @Column(name = "LIFTED_BY_ID")
    private Long liftedById;

    @Column(name = "ACKNOWLEDGED_AT")
    private Instant acknowledgedAt;

    protected MemberSanction() {
    }

    public MemberSanction(long memberId, SanctionKind kind, Instant until, String reason, long byId) {
        this.memberId = memberId;
        this.kind = Objects.requireNonNull(kind);
        this.until = until;
        this.reason = Objects.requireNonNull(reason);
        this.byId = byId;
    }

    /** Ended early by a moderator. */
    public void lift(long by, Instant at) {
        if (liftedAt == null) {
            this.liftedAt = at;
            this.liftedById = by;
        }
    }

    public void acknowledge(Instant at) {
        if (acknowledgedAt == null) {
            this.acknowledgedAt = at;
        }
    }

    /** In force now: not lifted and not past its end (a warning is "in force" until acknowledged). */
    public boolean inForce(Instant now) {
        if (kind == SanctionKind.WARN) {
            return acknowledgedAt == null;
        }
        return liftedAt == null && (until == null || until.isAfter(now));
    }

    public long getMemberId() {
        return memberId;
    }

    public SanctionKind getKind() {
        return kind;
    }

    public Instant getUntil() {
        return until;
    }

    public String getReason() {
        return reason;
    }

    public long getById() {
        return byId;
    }

    public Instant getLiftedAt() {
        return liftedAt;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }
}
