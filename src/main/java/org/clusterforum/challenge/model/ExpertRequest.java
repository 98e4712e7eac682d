package org.clusterforum.challenge.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.clusterforum.platform.persistence.BaseEntity;

/** A member's request for the expert role: pending until an administrator grants or refuses it. */
@Entity
@Table(name = "EXPERT_REQUEST")
public class ExpertRequest extends BaseEntity {

    public static final int MAX_MOTIVATION = 600;

    public enum Status { PENDING, GRANTED, REFUSED }

    @Column(name = "MEMBER_ID", nullable = false, updatable = false)
    private long memberId;

    @Column(name = "MOTIVATION", nullable = false, length = MAX_MOTIVATION)
    private String motivation;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 10)
    private Status status = Status.PENDING;

    @Column(name = "DECIDED_BY_ID")
    private Long decidedById;

    @Column(name = "DECIDED_AT")
    private Instant decidedAt;

    protected ExpertRequest() {
    }

    public ExpertRequest(long memberId, String motivation) {
        this.memberId = memberId;
        this.motivation = Objects.requireNonNull(motivation);
    }

    public void decide(boolean granted, long adminId, Instant at) {
        status = granted ? Status.GRANTED : Status.REFUSED;
        decidedById = adminId;
        decidedAt = at;
    }

    public long getMemberId() {
        return memberId;
    }

    public String getMotivation() {
        return motivation;
    }

    public Status getStatus() {
        return status;
    }
}
