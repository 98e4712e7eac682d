package org.clusterforum.discussion.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clusterforum.account.model.Member;

/**
 * Read positions. A thread counts as unread for a member when they read it before and posts came since, or when it
 * was started after they joined and they never opened it (older threads do not flood a new member).
 */
@ApplicationScoped
public class ReadRepository {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    public Optional<ThreadRead> find(long memberId, long threadId) {
        return em.createQuery("select r from ThreadRead r where r.member.id = :member and r.thread.id = :thread",
                        ThreadRead.class)
                .setParameter("member", memberId).setParameter("thread", threadId).getResultStream().findFirst();
    }

    public void add(ThreadRead read) {
        em.persist(read);
        em.flush();
    }

    /** For each theme, how many of its threads have posts the member has not read: one grouped query. */
    public Map<Long, Long> unreadThreadsPerSpace(long memberId, Instant joinedAt) {
        List<Object[]> rows = em.createQuery("select t.space.id, count(t) from ForumThread t"
                        + " left join ThreadRead r on r.thread = t and r.member.id = :member"
                        + " where (r.id is not null and r.lastReadPosition < t.postCount)"
                        + " or (r.id is null and t.createdAt > :joined and t.author.id <> :member)"
                        + " group by t.space.id", Object[].class)
                .setParameter("member", memberId).setParameter("joined", joinedAt).getResultList();
        Map<Long, Long> unread = new HashMap<>();
        for (Object[] row : rows) {
            unread.put((Long) row[0], (Long) row[1]);
        }
        return unread;
    }

    /** Read positions of the member in these threads (absent = never opened). */
    public Map<Long, Integer> positions(long memberId, List<Long> threadIds) {
        Map<Long, Integer> positions = new HashMap<>();
        if (threadIds.isEmpty()) {
            return positions;
        }
        for (Object[] row : em.createQuery("select r.thread.id, r.lastReadPosition from ThreadRead r"
                        + " where r.member.id = :member and r.thread.id in :threads", Object[].class)
                .setParameter("member", memberId).setParameter("threads", threadIds).getResultList()) {
            positions.put((Long) row[0], (Integer) row[1]);
        }
        return positions;
    }

    /** Marks every thread of a space read up to its last post; returns how many threads changed. */
    public int markSpaceRead(Member member, long spaceId) {
        List<ThreadRead> existing = em.createQuery("select r from ThreadRead r join fetch r.thread t"
                        + " where r.member.id = :member and t.space.id = :space and r.lastReadPosition < t.postCount",
                        ThreadRead.class)
                .setParameter("member", member.getId()).setParameter("space", spaceId).getResultList();
        for (ThreadRead r : existing) {
            r.readUpTo(r.getThread().getPositionCount());
        }
        List<ForumThread> missing = em.createQuery("select t from ForumThread t where t.space.id = :space"
                        + " and not exists (select r from ThreadRead r where r.thread = t and r.member.id = :member)",
                        ForumThread.class)
                .setParameter("space", spaceId).setParameter("member", member.getId()).getResultList();
        for (ForumThread t : missing) {
            em.persist(new ThreadRead(member, t, t.getPositionCount()));
        }
        return existing.size() + missing.size();
    }
}
