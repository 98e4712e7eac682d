package org.clusterforum.challenge.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.clusterforum.platform.cache.ContentListener;
import org.clusterforum.platform.persistence.BaseEntity;

/** An expert invited to answer a challenge, by matching ({@code invitedById} null) or by the asker. */
@Entity
@EntityListeners(ContentListener.class)
@Table(name = "INVITATION")
public class Invitation extends BaseEntity {

    @Column(name = "CHALLENGE_ID", nullable = false, updatable = false)
    private long challengeId;

    @Column(name = "EXPERT_ID", nullable = false, updatable = false)
    private long expertId;

    @Column(name = "INVITED_BY_ID", updatable = false)
    private Long invitedById;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 10)
    private InvitationStatus status = InvitationStatus.PENDING;

    protected Invitation() {
    }

    public Invitation(long challengeId, long expertId, Long invitedById) {
        this.challengeId = challengeId;
        this.expertId = expertId;
        this.invitedById = invitedById;
    }

    public void accept() {
        status = InvitationStatus.ACCEPTED;
    }

    public void decline() {
        status = InvitationStatus.DECLINED;
    }

    public void answered() {
        status = InvitationStatus.ANSWERED;
    }

    public long getChallengeId() {
        return challengeId;
    }

    public long getExpertId() {
        return expertId;
    }

    public Long getInvitedById() {
        return invitedById;
    }

    public InvitationStatus getStatus() {
        return status;
    }
}
