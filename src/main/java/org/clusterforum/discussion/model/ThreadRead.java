package org.clusterforum.discussion.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.clusterforum.account.model.Member;
import org.clusterforum.platform.persistence.BaseEntity;

/** How far a member has read a thread: the highest post position they have seen. It only ever moves forward. */
@Entity
@Table(name = "THREAD_READ")
public class ThreadRead extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "MEMBER_ID", nullable = false)
    private Member member;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "THREAD_ID", nullable = false)
    private ForumThread thread;

    @Column(name = "LAST_READ_POSITION", nullable = false)
    private int lastReadPosition;

    protected ThreadRead() {
    }

    public ThreadRead(Member member, ForumThread thread, int position) {
        this.member = Objects.requireNonNull(member);
        this.thread = Objects.requireNonNull(thread);
        this.lastReadPosition = position;
    }

    /** Records that posts up to {@code position} have been seen; never moves backwards. */
    public void readUpTo(int position) {
        lastReadPosition = Math.max(lastReadPosition, position);
    }

    public ForumThread getThread() {
        return thread;
    }

    public int getLastReadPosition() {
        return lastReadPosition;
    }
}
