package org.clusterforum.discussion.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ThemeRepository {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    public List<Theme> findAllOrdered() {
        return em.createNamedQuery("Theme.findAllOrdered", Theme.class).getResultList();
    }

    public Optional<Theme> findBySlug(String slug) {
        return em.createNamedQuery("Theme.findBySlug", Theme.class).setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    /** The theme and whether the reader ({@code readerId} null for a visitor) watches it, in one statement. */
    public Optional<ThemeHead> head(String slug, Long readerId) {
        return em.createQuery("select t, w.id from Theme t"
                        + " left join Watch w on (w.space = t and w.member.id = :reader) where t.slug = :slug",
                        Object[].class)
                .setParameter("slug", slug).setParameter("reader", readerId == null ? -1L : readerId)
                .getResultStream().findFirst().map(r -> new ThemeHead((Theme) r[0], r[1] != null));
    }

    public long count() {
        return em.createNamedQuery("Theme.count", Long.class).getSingleResult();
    }

    public Theme add(Theme theme) {
        em.persist(theme);
        em.flush();
        return theme;
    }

    /** Counts a new thread (and its first post) on the space in one statement, safe under concurrency. */
    public void countNewThread(long spaceId, long threadId, Instant at) {
        em.createQuery("update Space s set s.threadCount = s.threadCount + 1, s.postCount = s.postCount + 1,"
                        + " s.lastActivityAt = :at, s.lastThreadId = :thread where s.id = :id")
                .setParameter("at", at).setParameter("thread", threadId).setParameter("id", spaceId)
                .executeUpdate();
    }

    /** A post in the space was deleted: one fewer visible post. */
    public void countDeletedPost(long spaceId) {
        em.createQuery("update Space s set s.postCount = s.postCount - 1 where s.id = :id and s.postCount > 0")
                .setParameter("id", spaceId).executeUpdate();
    }

    /** Counts a reply on the space in one statement, safe under concurrency. */
    public void countReply(long spaceId, long threadId, Instant at) {
        em.createQuery("update Space s set s.postCount = s.postCount + 1,"
                        + " s.lastActivityAt = :at, s.lastThreadId = :thread where s.id = :id")
                .setParameter("at", at).setParameter("thread", threadId).setParameter("id", spaceId)
                .executeUpdate();
    }

    /** Moves the space's thread and post counts by the given amounts (a thread deleted, restored or moved). */
    public void adjustCounts(long spaceId, int threads, int posts) {
        em.createQuery("update Space s set s.threadCount = s.threadCount + :threads,"
                        + " s.postCount = s.postCount + :posts where s.id = :id")
                .setParameter("threads", threads).setParameter("posts", posts).setParameter("id", spaceId)
                .executeUpdate();
    }

    /** Sets which thread the space's "latest" shows (null: none), after its latest thread left it. */
    public void showLatest(long spaceId, Long threadId, Instant at) {
        em.createQuery("update Space s set s.lastThreadId = :thread, s.lastActivityAt = :at where s.id = :id")
                .setParameter("thread", threadId).setParameter("at", at).setParameter("id", spaceId).executeUpdate();
    }
}
