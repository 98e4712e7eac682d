package org.clusterforum.challenge.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.clusterforum.platform.persistence.BaseEntity;

/** A tag an expert declares they know: what matching looks for. */
@Entity
@jakarta.persistence.EntityListeners(org.clusterforum.platform.search.SearchListener.class)
@Table(name = "EXPERTISE")
public class Expertise extends BaseEntity implements org.clusterforum.platform.search.SearchableMember {

    @Column(name = "MEMBER_ID", nullable = false, updatable = false)
    private long memberId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "TAG_ID", nullable = false, updatable = false)
    private Tag tag;

    protected Expertise() {
    }

    public Expertise(long memberId, Tag tag) {
        this.memberId = memberId;
        this.tag = tag;
    }

    public long getMemberId() {
        return memberId;
    }

    @Override
    public Long searchMemberId() {
        return memberId;
    }

    public Tag getTag() {
        return tag;
    }
}
