package org.clusterforum.discussion.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class PostRepository {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    public Post add(Post post) {
        em.persist(post);
        em.flush();
        return post;
    }

    /**
     * Posts of a thread with positions in [from, to], in order, with authors and organisations in the same query.
     * Positions are dense (1, 2, 3…), so a page is a range, not an OFFSET scan.
     */
    public List<Post> rangeOfThread(long threadId, int from, int to) {
        return em.createQuery("select p from Post p join fetch p.author a left join fetch a.organisation"
                        + " where p.thread.id = :thread and p.position between :from and :to order by p.position",
                        Post.class)
                .setParameter("thread", threadId).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    public long countByThread(long threadId) {
        return em.createQuery("select count(p) from Post p where p.thread.id = :thread", Long.class)
                .setParameter("thread", threadId).getSingleResult();
    }

    /** Recent posts by a member in threads of the given spaces' kind, newest first, for their profile. */
    public List<MemberPostRow> recentByAuthor(long memberId, int limit) {
        return em.createQuery("select new org.clusterforum.discussion.model.MemberPostRow(p.id, p.position,"
                        + " t.id, t.title, p.createdAt) from Post p join p.thread t"
                        + " where p.author.id = :member and p.deleted = false and TYPE(t.space) = Theme"
                        + " order by p.createdAt desc, p.id desc", MemberPostRow.class)
                .setParameter("member", memberId).setMaxResults(limit).getResultList();
    }
}
