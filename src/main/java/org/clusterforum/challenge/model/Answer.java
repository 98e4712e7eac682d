package org.clusterforum.challenge.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Table;
import java.time.Instant;
import org.clusterforum.platform.cache.ContentListener;

/**
 * What an answer has beyond its post (same id): votes, whether the asker accepted it or marked it helpful, and
 * the author's conflict-of-interest disclosure. One live answer per member and challenge (a unique constraint on
 * the live author); a deleted answer frees its author to answer again.
 */
@Entity
@EntityListeners(ContentListener.class)
@Table(name = "ANSWER")
public class Answer extends ThreadExtension {

    public static final int MAX_DISCLOSURE = 300;

    @Column(name = "CHALLENGE_ID", nullable = false, updatable = false)
    private long challengeId;

    @Column(name = "AUTHOR_ID", nullable = false, updatable = false)
    private long authorId;

    @Column(name = "LIVE_AUTHOR_ID")
    private Long liveAuthorId;

    @Column(name = "ACCEPTED", nullable = false)
    private boolean accepted;

    @Column(name = "HELPFUL", nullable = false)
    private boolean helpful;

    @Column(name = "DELETED", nullable = false)
    private boolean deleted;

    @Column(name = "DISCLOSURE", length = MAX_DISCLOSURE)
    private String disclosure;

    protected Answer() {
    }

    public Answer(long postId, long challengeId, long authorId, String disclosure, Instant createdAt) {
        super(postId, createdAt);
        this.challengeId = challengeId;
        this.authorId = authorId;
        this.liveAuthorId = authorId;
        this.disclosure = disclosure;
    }

    public void accepted(boolean accepted) {
        this.accepted = accepted;
        touch();
    }

    public void helpful(boolean helpful) {
        this.helpful = helpful;
        touch();
    }

    public void disclose(String disclosure) {
        this.disclosure = disclosure;
        touch();
    }

    /**
     * Its post waits for a moderator: it does not count or show to others, but stays its author's answer (the
     * live author is kept, so they cannot answer twice meanwhile).
     */
    public void hold() {
        deleted = true;
        touch();
    }

    /** Held until approved ({@link #hold()}); a deleted answer has no live author. */
    public boolean isHeld() {
        return deleted && liveAuthorId != null;
    }

    /** Approved: it counts and shows from now on. */
    public void release() {
        deleted = false;
        touch();
    }

    public void delete() {
        deleted = true;
        liveAuthorId = null;
        accepted = false;
        touch();
    }

    /** A moderator restored its post: it is its author's live answer again (not accepted: the asker decides). */
    public void restore() {
        deleted = false;
        liveAuthorId = authorId;
        touch();
    }

    public long getChallengeId() {
        return challengeId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public boolean isAccepted() {
        return accepted;
    }

    public boolean isHelpful() {
        return helpful;
    }

    public boolean isDeleted() {
        return deleted;
    }
}
