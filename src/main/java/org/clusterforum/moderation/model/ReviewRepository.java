package org.clusterforum.moderation.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The review queue and the reports gathered in it. */
@ApplicationScoped
public class ReviewRepository {

    @PersistenceContext(unitName = "forum")
    EntityManager em;

    /** The open entry about this item, row-locked, if there is one. */
    public Optional<ReviewItem> findOpenLocked(ReviewTarget kind, long targetId) {
        return em.createQuery("select r from ReviewItem r where r.openKey = :key", ReviewItem.class)
                .setParameter("key", ReviewItem.openKey(kind, targetId))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    public Optional<ReviewItem> findLocked(long id) {
        return Optional.ofNullable(em.find(ReviewItem.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public ReviewItem add(ReviewItem item) {
        em.persist(item);
        em.flush();
        return item;
    }

    public void addReport(Report report) {
        em.persist(report);
    }

    public boolean hasReported(long itemId, long reporterId) {
        return !em.createQuery("select r.id from Report r where r.reviewItemId = :item and r.reporterId = :reporter",
                        Long.class).setParameter("item", itemId).setParameter("reporter", reporterId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * Open entries, most recently reported first; {@code kind} narrows to posts or members; {@code spaceIds} (null:
     * every entry) to entries about posts in those spaces.
     */
    public List<ReviewItem> open(ReviewTarget kind, Collection<Long> spaceIds, int offset, int limit) {
        TypedQuery<ReviewItem> q = em.createQuery("select r from ReviewItem r where r.state = 'OPEN'"
                + narrowing(kind, spaceIds) + " order by r.lastReportedAt desc, r.id desc", ReviewItem.class);
        bind(q, kind, spaceIds);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countOpen(ReviewTarget kind, Collection<Long> spaceIds) {
        TypedQuery<Long> q = em.createQuery("select count(r) from ReviewItem r where r.state = 'OPEN'"
                + narrowing(kind, spaceIds), Long.class);
        bind(q, kind, spaceIds);
        return q.getSingleResult();
    }

    private static String narrowing(ReviewTarget kind, Collection<Long> spaceIds) {
        return (kind == null ? "" : " and r.targetKind = :kind") + (spaceIds == null ? "" : " and r.spaceId in :spaces");
    }

    private static void bind(TypedQuery<?> q, ReviewTarget kind, Collection<Long> spaceIds) {
        if (kind != null) {
            q.setParameter("kind", kind);
        }
        if (spaceIds != null) {
            q.setParameter("spaces", spaceIds.isEmpty() ? List.of(-1L) : spaceIds);
        }
    }

    /** The spaces with open entries about their posts. */
    public List<Long> openSpaceIds() {
        return em.createQuery("select distinct r.spaceId from ReviewItem r where r.state = 'OPEN'"
                + " and r.spaceId is not null", Long.class).getResultList();
    }

    /** The reports gathered in these entries, oldest first. */
    public List<Report> reportsOf(Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from Report r where r.reviewItemId in :items order by r.id", Report.class)
                .setParameter("items", itemIds).getResultList();
    }

    /** Tells the entry's reporters it is handled (they see the outcome until they dismiss it). */
    /** Who reported the item in reports not handled yet, one entry per report. */
    public List<Long> unhandledReporters(long itemId) {
        return em.createQuery("select r.reporterId from Report r where r.reviewItemId = :item and r.handledAt is null",
                Long.class).setParameter("item", itemId).getResultList();
    }

    public void markHandled(long itemId, Instant at) {
        em.createQuery("update Report r set r.handledAt = :at where r.reviewItemId = :item and r.handledAt is null")
                .setParameter("at", at).setParameter("item", itemId).executeUpdate();
    }

    /** The reporter's handled reports they have not dismissed yet, with their entries. */
    public List<Object[]> handledUnseen(long reporterId) {
        return em.createQuery("select r, i from Report r, ReviewItem i where i.id = r.reviewItemId"
                        + " and r.reporterId = :reporter and r.handledAt is not null and r.seenAt is null"
                        + " order by r.handledAt", Object[].class)
                .setParameter("reporter", reporterId).setMaxResults(20).getResultList();
    }

    public void markSeen(long reporterId, Instant at) {
        em.createQuery("update Report r set r.seenAt = :at where r.reporterId = :reporter"
                        + " and r.handledAt is not null and r.seenAt is null")
                .setParameter("at", at).setParameter("reporter", reporterId).executeUpdate();
    }
}
