package org.clusterforum.challenge.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.clusterforum.platform.cache.ContentListener;
import org.clusterforum.platform.persistence.BaseEntity;

/** One tag of one challenge; carries the challenge's space and time so a tag's list is read from one index. */
@Entity
@EntityListeners({ContentListener.class, org.clusterforum.platform.search.SearchListener.class})
@Table(name = "CHALLENGE_TAG")
public class ChallengeTag extends BaseEntity implements org.clusterforum.platform.search.Searchable {

    @Column(name = "CHALLENGE_ID", nullable = false, updatable = false)
    private long challengeId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "TAG_ID", nullable = false, updatable = false)
    private Tag tag;

    @Column(name = "SPACE_ID", nullable = false, updatable = false)
    private long spaceId;

    @Column(name = "CHALLENGE_CREATED_AT", nullable = false, updatable = false)
    private Instant challengeCreatedAt;

    protected ChallengeTag() {
    }

    public ChallengeTag(Challenge challenge, Tag tag) {
        this.challengeId = challenge.getId();
        this.tag = tag;
        this.spaceId = challenge.getSpaceId();
        this.challengeCreatedAt = challenge.getCreatedAt();
    }

    public long getChallengeId() {
        return challengeId;
    }

    public Tag getTag() {
        return tag;
    }

    @Override
    public Long searchThreadId() {
        return challengeId;
    }
}
