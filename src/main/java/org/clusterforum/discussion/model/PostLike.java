package org.clusterforum.discussion.model;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.clusterforum.account.model.Member;
import org.clusterforum.platform.persistence.BaseEntity;
import org.clusterforum.platform.cache.ContentListener;

/** A member's like of a post; at most one per member and post (unique constraint). */
@Entity
@EntityListeners(ContentListener.class)
@Table(name = "POST_LIKE")
public class PostLike extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "POST_ID", nullable = false)
    private Post post;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "MEMBER_ID", nullable = false)
    private Member member;

    protected PostLike() {
    }

    public PostLike(Post post, Member member) {
        this.post = Objects.requireNonNull(post);
        this.member = Objects.requireNonNull(member);
    }
}
