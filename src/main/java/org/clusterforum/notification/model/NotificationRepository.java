package org.clusterforum.notification.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.clusterforum.platform.space.SpaceFilter;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class NotificationRepository {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    public Optional<Notification> find(long id) {
        return Optional.ofNullable(em.find(Notification.class, id));
    }

    public Optional<Notification> find(long recipientId, NotificationKind kind, long postId) {
        return em.createQuery("select n from Notification n where n.recipientId = :r and n.kind = :k"
                        + " and n.postId = :p", Notification.class)
                .setParameter("r", recipientId).setParameter("k", kind).setParameter("p", postId)
                .getResultStream().findFirst();
    }

    /** Recipients who already have any notification about this post. */
    public Set<Long> recipientsOf(long postId, Collection<Long> recipients) {
        if (recipients.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select n.recipientId from Notification n where n.postId = :p"
                        + " and n.kind <> :like and n.recipientId in :rs", Long.class)
                .setParameter("p", postId).setParameter("like", NotificationKind.LIKE)
                .setParameter("rs", recipients).getResultList());
    }

    public void add(Notification n) {
        em.persist(n);
    }

    /** Removes every notification about a post (one statement). */
    public int deleteAbout(long postId) {
        return em.createQuery("delete from Notification n where n.postId = :post").setParameter("post", postId)
                .executeUpdate();
    }

    /**
     * The condition "about a post the recipient may still see" (not deleted, in a space {@code visible} allows):
     * a member removed from a private group stops counting and listing what they were told about it.
     */
    private static String aboutVisiblePost(SpaceFilter visible) {
        return " and exists (select p.id from Post p join p.thread t join t.space s where p.id = n.postId"
                + " and p.deletedAt is null and t.deletedAt is null and p.awaitingSince is null"
                + " and t.awaitingSince is null and " + visible.jpql("s") + ")"; // (a boolean in a subquery binds as 0 on Derby)
    }

    public long countUnread(long recipientId, SpaceFilter visible) {
        return em.createQuery("select count(n) from Notification n where n.recipientId = :r and n.readAt is null"
                        + aboutVisiblePost(visible), Long.class).setParameter("r", recipientId)
                .setParameter(SpaceFilter.memberParam(), visible.memberId()).getSingleResult();
    }

    public long count(long recipientId, SpaceFilter visible) {
        return em.createQuery("select count(n) from Notification n where n.recipientId = :r"
                        + aboutVisiblePost(visible), Long.class).setParameter("r", recipientId)
                .setParameter(SpaceFilter.memberParam(), visible.memberId()).getSingleResult();
    }

    /** Newest first (a batched like moves up when someone else likes). */
    public List<Notification> page(long recipientId, SpaceFilter visible, int offset, int limit) {
        return em.createQuery("select n from Notification n where n.recipientId = :r" + aboutVisiblePost(visible)
                        + " order by n.updatedAt desc, n.id desc", Notification.class)
                .setParameter("r", recipientId).setParameter(SpaceFilter.memberParam(), visible.memberId())
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public int markAllRead(long recipientId, Instant at) {
        return em.createQuery("update Notification n set n.readAt = :at where n.recipientId = :r and n.readAt is null")
                .setParameter("at", at).setParameter("r", recipientId).executeUpdate();
    }

    /** Members with notifications not yet emailed (nor passed over) since {@code since}. */
    public List<Long> recipientsWaitingForEmail(java.time.Instant since) {
        return em.createQuery("select distinct n.recipientId from Notification n where n.emailedAt is null"
                + " and n.createdAt >= :since", Long.class).setParameter("since", since).getResultList();
    }

    /** A member's notifications not yet emailed since {@code since}, oldest first. */
    public List<Notification> waitingForEmail(long recipientId, java.time.Instant since) {
        return em.createQuery("select n from Notification n where n.recipientId = :r and n.emailedAt is null"
                        + " and n.createdAt >= :since order by n.createdAt, n.id", Notification.class)
                .setParameter("r", recipientId).setParameter("since", since).getResultList();
    }
}
