package org.clusterforum.discussion.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Set;

@ApplicationScoped
public class WatchRepository {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    public boolean watchesThread(long memberId, long threadId) {
        return !em.createQuery("select w.id from Watch w where w.member.id = :m and w.thread.id = :t", Long.class)
                .setParameter("m", memberId).setParameter("t", threadId).setMaxResults(1).getResultList().isEmpty();
    }

    public boolean watchesSpace(long memberId, long spaceId) {
        return !em.createQuery("select w.id from Watch w where w.member.id = :m and w.space.id = :s", Long.class)
                .setParameter("m", memberId).setParameter("s", spaceId).setMaxResults(1).getResultList().isEmpty();
    }

    public void add(Watch watch) {
        em.persist(watch);
    }

    public void removeThread(long memberId, long threadId) {
        em.createQuery("delete from Watch w where w.member.id = :m and w.thread.id = :t")
                .setParameter("m", memberId).setParameter("t", threadId).executeUpdate();
    }

    public void removeSpace(long memberId, long spaceId) {
        em.createQuery("delete from Watch w where w.member.id = :m and w.space.id = :s")
                .setParameter("m", memberId).setParameter("s", spaceId).executeUpdate();
    }

    public Set<Long> threadWatchers(long threadId) {
        return new HashSet<>(em.createQuery("select w.member.id from Watch w where w.thread.id = :t", Long.class)
                .setParameter("t", threadId).getResultList());
    }

    public Set<Long> spaceWatchers(long spaceId) {
        return new HashSet<>(em.createQuery("select w.member.id from Watch w where w.space.id = :s", Long.class)
                .setParameter("s", spaceId).getResultList());
    }

    /** Those who watched {@code from} now watch {@code to} (once each); {@code from} has no watchers left. */
    public void moveThreadWatchers(ForumThread from, ForumThread to) {
        Set<Long> already = threadWatchers(to.getId());
        for (Long member : threadWatchers(from.getId())) {
            if (!already.contains(member)) {
                em.persist(Watch.ofThread(em.getReference(org.clusterforum.account.model.Member.class, member), to));
            }
        }
        em.createQuery("delete from Watch w where w.thread.id = :t").setParameter("t", from.getId()).executeUpdate();
    }
}
