package org.clusterforum.discussion.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.clusterforum.account.model.Member;
import org.clusterforum.platform.persistence.BaseEntity;
import org.clusterforum.platform.richtext.RichText;

/**
 * One post in a thread, numbered by {@code position} (1 = the opening post). The body is already sanitised
 * ({@link RichText} can only come from the sanitiser).
 */
@Entity
@Table(name = "FORUM_POST")
public class Post extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "THREAD_ID", nullable = false)
    private ForumThread thread;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "AUTHOR_ID", nullable = false)
    private Member author;

    @Column(name = "POSITION", nullable = false)
    private int position;

    @Embedded
    private RichText body;

    @Column(name = "EDITED_AT")
    private Instant editedAt;

    @Column(name = "DELETED", nullable = false)
    private boolean deleted;

    protected Post() {
    }

    public Post(ForumThread thread, Member author, int position, RichText body) {
        this.thread = Objects.requireNonNull(thread);
        this.author = Objects.requireNonNull(author);
        this.position = position;
        this.body = Objects.requireNonNull(body);
    }

    public ForumThread getThread() {
        return thread;
    }

    public Member getAuthor() {
        return author;
    }

    public int getPosition() {
        return position;
    }

    public RichText getBody() {
        return body;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public boolean isDeleted() {
        return deleted;
    }
}
