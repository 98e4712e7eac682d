package org.clusterforum.challenge.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Table;
import java.util.Objects;
import org.clusterforum.platform.cache.ContentListener;
import org.clusterforum.platform.persistence.BaseEntity;

/** A short plain-text comment on a challenge or an answer (its post), asking for or giving clarification. */
@Entity
@EntityListeners(ContentListener.class)
@Table(name = "CHALLENGE_COMMENT")
public class ChallengeComment extends BaseEntity {

    public static final int MAX_LENGTH = 600;
    public static final int MIN_LENGTH = 5;

    @Column(name = "CHALLENGE_ID", nullable = false, updatable = false)
    private long challengeId;

    @Column(name = "POST_ID", nullable = false, updatable = false)
    private long postId;

    @Column(name = "AUTHOR_ID", nullable = false, updatable = false)
    private long authorId;

    @Column(name = "BODY", nullable = false, length = MAX_LENGTH)
    private String body;

    @Column(name = "DELETED", nullable = false)
    private boolean deleted;

    protected ChallengeComment() {
    }

    public ChallengeComment(long challengeId, long postId, long authorId, String body) {
        this.challengeId = challengeId;
        this.postId = postId;
        this.authorId = authorId;
        this.body = Objects.requireNonNull(body);
    }

    public void delete() {
        deleted = true;
    }

    public long getChallengeId() {
        return challengeId;
    }

    public long getPostId() {
        return postId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getBody() {
        return body;
    }

    public boolean isDeleted() {
        return deleted;
    }
}
