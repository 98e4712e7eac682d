package org.clusterforum.discussion.model;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.clusterforum.account.model.Member;
import org.clusterforum.platform.persistence.BaseEntity;
import org.clusterforum.platform.space.Space;

/** A member follows a thread (replies notify them) or a space (new threads notify them). */
@Entity
@Table(name = "WATCH")
public class Watch extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "MEMBER_ID", nullable = false)
    private Member member;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "THREAD_ID")
    private ForumThread thread;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "SPACE_ID")
    private Space space;

    protected Watch() {
    }

    public static Watch ofThread(Member member, ForumThread thread) {
        Watch w = new Watch();
        w.member = Objects.requireNonNull(member);
        w.thread = Objects.requireNonNull(thread);
        return w;
    }

    public static Watch ofSpace(Member member, Space space) {
        Watch w = new Watch();
        w.member = Objects.requireNonNull(member);
        w.space = Objects.requireNonNull(space);
        return w;
    }
}
