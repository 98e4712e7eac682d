package org.clusterforum.challenge.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Table;
import org.clusterforum.platform.cache.ContentListener;
import org.clusterforum.platform.persistence.BaseEntity;

/** A member's up (+1) or down (-1) vote on a challenge's opening post or on an answer: one per member and post. */
@Entity
@EntityListeners(ContentListener.class)
@Table(name = "VOTE")
public class Vote extends BaseEntity {

    @Column(name = "POST_ID", nullable = false, updatable = false)
    private long postId;

    @Column(name = "MEMBER_ID", nullable = false, updatable = false)
    private long memberId;

    @Column(name = "VOTE_VALUE", nullable = false)
    private int value;

    protected Vote() {
    }

    public Vote(long postId, long memberId, int value) {
        this.postId = postId;
        this.memberId = memberId;
        change(value);
    }

    public void change(int value) {
        if (value != 1 && value != -1) {
            throw new IllegalArgumentException("A vote is +1 or -1");
        }
        this.value = value;
    }

    public long getPostId() {
        return postId;
    }

    public long getMemberId() {
        return memberId;
    }

    public int getValue() {
        return value;
    }
}
