package org.clusterforum.discussion.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.clusterforum.platform.space.Space;

@ApplicationScoped
public class ThreadRepository {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    public Optional<ForumThread> find(long id) {
        return Optional.ofNullable(em.find(ForumThread.class, id));
    }

    /** Loads the thread with a row lock held until commit: replies to one thread are appended one at a time. */
    public Optional<ForumThread> findForAppend(long id) {
        return Optional.ofNullable(em.find(ForumThread.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public ForumThread add(ForumThread thread) {
        em.persist(thread);
        em.flush();
        return thread;
    }

    public long countBySpace(Space space) {
        return em.createNamedQuery("ForumThread.countBySpace", Long.class).setParameter("space", space)
                .getSingleResult();
    }

    /** One page of a space's threads, pinned first, then most recently active; authors fetched in the same query. */
    public List<ThreadRow> pageBySpace(Space space, int offset, int limit) {
        return em.createQuery("select new org.clusterforum.discussion.model.ThreadRow(t.id, t.title, a.id,"
                        + " a.displayName, t.replyCount, t.createdAt, t.lastActivityAt, lp.displayName, t.pinned,"
                        + " t.locked, t.postCount) from ForumThread t join t.author a left join t.lastPoster lp"
                        + " where t.space = :space order by t.pinned desc, t.lastActivityAt desc, t.id desc",
                        ThreadRow.class)
                .setParameter("space", space).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public List<ThreadRow> findRows(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select new org.clusterforum.discussion.model.ThreadRow(t.id, t.title, a.id,"
                        + " a.displayName, t.replyCount, t.createdAt, t.lastActivityAt, lp.displayName, t.pinned,"
                        + " t.locked, t.postCount) from ForumThread t join t.author a left join t.lastPoster lp"
                        + " where t.id in :ids", ThreadRow.class)
                .setParameter("ids", ids).getResultList();
    }
}
